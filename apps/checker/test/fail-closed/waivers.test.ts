import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, positionOf, waiverYaml, type LawRepo } from './_law-repo.js';

// Bypass family "a waiver covers more than it names" (issue 9, hole 4; SPEC
// section 9): each test plants a waiver the way an adversarial user would and
// shows that it now excuses exactly what it names, or nothing.

const NOW = '2026-12-01T00:00:00+08:00';
let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel', 'demo-food']);
});
afterEach(() => repo.cleanup());

const ROW = `${JSON.stringify({ sku: 'M', title: '连衣裙 全网最低价', category: 'dresses', price: '10', size_chart: true })}\n`;

describe('fail closed: waivers cover exactly what they name', () => {
  it('sku: title is the SKU "title", not the title field of every row', async () => {
    repo.write('policies/demo-apparel/waivers/planted.yaml', waiverYaml('demo-apparel', 'listing/banned-term', '{sku: title}'));
    const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json', '--now', NOW], ROW);
    expect(result.code).toBe(1);
    const banned = findings(result).filter((f) => f.code === 'listing/banned-term');
    expect(banned.map((f) => [f.severity, f.line, f.column])).toEqual([['error', 1, ROW.indexOf('全网最低价') + 1]]);
    expect(JSON.parse(result.stdout).summary.waived).toBe(0);
  });

  it("promotion: X covers X's findings only, not the other promotions of its multi-document file", async () => {
    const file = 'policies/demo-apparel/proposals/two.yaml';
    repo.write(
      file,
      [
        'apiVersion: storepolicy/v1',
        'kind: Promotion',
        'metadata: {store: demo-apparel, name: harmless-free-shipping}',
        'spec:',
        '  type: free_shipping',
        '  status: proposed',
        '  window: {start: "2026-12-10T00:00:00+08:00", end: "2026-12-12T00:00:00+08:00"}',
        '  scope: {all: true}',
        '---',
        'apiVersion: storepolicy/v1',
        'kind: Promotion',
        'metadata: {store: demo-apparel, name: deep-cut}',
        'spec:',
        '  type: product_discount',
        '  status: proposed',
        '  window: {start: "2026-12-10T00:00:00+08:00", end: "2026-12-12T00:00:00+08:00"}',
        '  scope: {categories: [dresses]}',
        '  percent_off: 70',
        '',
      ].join('\n'),
    );
    repo.write('policies/demo-apparel/waivers/planted.yaml', waiverYaml('demo-apparel', 'promotion/price-floor', '{promotion: harmless-free-shipping}'));
    const result = await repo.run(['check', 'promotion', file, '--now', NOW, '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { diagnostics: { code: string; waivedBy?: unknown }[] };
    const floors = body.diagnostics.filter((d) => d.code === 'promotion/price-floor');
    expect(floors.length).toBeGreaterThan(0);
    expect(floors.filter((d) => d.waivedBy !== undefined)).toEqual([]);
  });

  it("a waiver in demo-food's folder naming demo-apparel is waiver/wrong-store and waives nothing", async () => {
    repo.edit('policies/demo-apparel/after-sales.yaml', 'on.\n    days: 15', 'on.\n    days: 5');
    const planted = 'policies/demo-food/waivers/planted.yaml';
    repo.write(planted, waiverYaml('demo-apparel', 'after-sales/return-days', '{file: "policies/**"}'));
    const result = await repo.run(['validate', 'policies', '--now', NOW, '--format', 'json']);
    expect(result.code).toBe(1);
    const found = findings(result);
    expect(found.filter((f) => f.code === 'waiver/wrong-store').map((f) => [f.file, f.line, f.column])).toEqual([
      [planted, 3, positionOf(repo.read(planted), 'demo-apparel').column],
    ]);
    expect(found.filter((f) => f.code === 'after-sales/return-days').map((f) => [f.file, f.severity])).toEqual([['policies/demo-apparel/after-sales.yaml', 'error']]);
    expect(JSON.parse(result.stdout).summary.waived).toBe(0);
  });

  it('a hostile file glob is matched in linear time (no backtracking hang)', async () => {
    // a backtracking RegExp of 25 `**/` against a path 14 folders deep runs for hours
    const deep = `exports/${'a/'.repeat(14)}rows.ndjson`;
    repo.write(deep, ROW);
    repo.write('policies/demo-apparel/waivers/planted.yaml', waiverYaml('demo-apparel', 'listing/banned-term', `{file: "exports/${'**/'.repeat(25)}*.csv"}`));
    const result = await repo.run(['check', 'listing', deep, '--store', 'policies/demo-apparel', '--format', 'json', '--now', NOW]);
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/banned-term').map((f) => f.severity)).toEqual(['error']);
  });
});
