// The dry-run's fast path (rows whose step traces are built when read) against
// the straightforward one (every row's steps built as it is priced): the same
// JSON, byte for byte (price rows with their steps, worst prices, floors,
// tier-inversion marks, findings), on the benchmark's generated store at a
// smaller size and on the demo stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dryRun, type DryRunResult } from '@storepolicy/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { NOW as BENCH_NOW, generate } from '../../../../bench/promotion-inputs.mjs';
import { loadCatalog } from '../../src/catalog/index.js';
import { loadPromotionInputs } from '../../src/commands/check-promotion.load.js';
import { root } from './cli.js';

const temp = mkdtempSync(path.join(tmpdir(), 'sp-fast-path-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function both(proposals: string[], store: string, now: string): { fast: DryRunResult; plain: DryRunResult } {
  const inputs = loadPromotionInputs(proposals, store);
  expect(inputs.proposals.length).toBeGreaterThan(0);
  const { items } = loadCatalog(path.join(store, 'catalog.csv'));
  const input = { bundle: inputs.bundle, proposals: inputs.proposals, catalog: items, now: new Date(now) };
  return { fast: dryRun(input), plain: dryRun({ ...input, straightforward: true }) };
}

function expectSame(fast: DryRunResult, plain: DryRunResult): void {
  // JSON as `check promotion --format json` writes it (rows one by one), and the traces as a reader sees them
  expect(fast.prices.map((row) => JSON.stringify(row))).toEqual(plain.prices.map((row) => JSON.stringify(row)));
  expect(JSON.stringify(fast.diagnostics)).toBe(JSON.stringify(plain.diagnostics));
  fast.prices.forEach((row, i) => {
    expect(row.steps).toEqual(plain.prices[i]!.steps);
    expect(row.worstSteps).toEqual(plain.prices[i]!.worstSteps);
  });
}

describe('dry-run fast path', () => {
  it('prices the benchmark store (1,000 SKUs x 5 tiers x 10 promotions) exactly as the straightforward path', () => {
    const generated = generate(path.join(temp, 'bench'), 1000);
    const { fast, plain } = both([generated.proposal], generated.store, BENCH_NOW);
    expect(fast.prices).toHaveLength(5000);
    // the sample exercises what the full benchmark does: stacked worst cases, breaches, inversions
    expect(fast.prices.filter((row) => row.worstSteps !== undefined).length).toBeGreaterThan(4000);
    expect(fast.prices.some((row) => row.paysMoreThan !== undefined)).toBe(true);
    const codes = new Set(fast.diagnostics.map((d) => d.code));
    expect(codes).toContain('promotion/price-floor');
    expect(codes).toContain('promotion/tier-inversion');
    expectSame(fast, plain);
  });

  it.each([
    ['demo-apparel', 'policies/demo-apparel/proposals/double11-dresses.yaml', '2026-11-01T09:00:00+08:00'],
    ['demo-apparel, the broken proposal', 'examples/proposals/double11-broken.yaml', '2026-11-01T09:00:00+08:00'],
    ['demo-food', 'policies/demo-food/proposals/double11-tea.yaml', '2026-11-01T09:00:00+08:00'],
  ])('prices %s exactly as the straightforward path', (_name, proposal, now) => {
    const store = path.join(root, 'policies', proposal.includes('food') ? 'demo-food' : 'demo-apparel');
    const { fast, plain } = both([path.join(root, proposal)], store, now);
    expect(fast.prices.length).toBeGreaterThan(0);
    expectSame(fast, plain);
  });

  it.each([
    ['every tier', undefined],
    ['a --tier filter', ['gold', 'svip']],
  ])('hands over through onRow, with %s, the rows prices would hold: same order, same JSON, same findings', (_name, tiers) => {
    const generated = generate(path.join(temp, `on-row-${tiers ? 'some' : 'all'}`), 300);
    const inputs = loadPromotionInputs([generated.proposal], generated.store);
    const { items } = loadCatalog(path.join(generated.store, 'catalog.csv'));
    const input = { bundle: inputs.bundle, proposals: inputs.proposals, catalog: items, now: new Date(BENCH_NOW), ...(tiers ? { tiers } : {}) };
    const collected = dryRun(input);
    const handed: string[] = [];
    const streamed = dryRun({ ...input, onRow: (row) => handed.push(JSON.stringify(row)) });
    expect(streamed.prices).toEqual([]);
    expect(handed).toHaveLength(tiers ? 600 : 1500);
    // marks included: a row is handed over after its SKU's tiers are compared
    expect(handed.some((row) => row.includes('"paysMoreThan"'))).toBe(true);
    expect(handed).toEqual(collected.prices.map((row) => JSON.stringify(row)));
    expect(JSON.stringify(streamed.diagnostics)).toBe(JSON.stringify(collected.diagnostics));
  });

  it('writes a read or reassigned trace into the JSON as an eager row would', () => {
    const generated = generate(path.join(temp, 'small'), 20);
    const { fast, plain } = both([generated.proposal], generated.store, BENCH_NOW);
    const row = fast.prices[7]!;
    expect(JSON.stringify(row)).toBe(JSON.stringify(plain.prices[7]));
    row.steps = [{ by: 'x', price: 1 }];
    expect(JSON.parse(JSON.stringify(row)).steps).toEqual([{ by: 'x', price: 1 }]);
    expect(Object.keys(JSON.parse(JSON.stringify(row)))).toEqual(Object.keys(JSON.parse(JSON.stringify(plain.prices[7]))));
  });
});
