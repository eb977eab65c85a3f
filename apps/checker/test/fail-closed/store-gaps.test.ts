import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "a missing or planted policy switches checks off" (issue 9,
// hole 9; SPEC section 9): a store without packing.yaml let a 2000-hour ship
// promise pass without a word; a store.yaml planted next to an export took
// over from the store whose folder holds it.

let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-food']);
});
afterEach(() => repo.cleanup());

const ROW = `${JSON.stringify({ sku: 'NUT-009', title: '每日坚果', category: 'nuts', price: '10.00', ship_within_hours: 2000 })}\n`;

describe('fail closed: a store says which listing checks did not run', () => {
  it('no packing.yaml: listing/not-checked names listing/ship-promise, in JSON and on stderr beside ndjson', async () => {
    rmSync(path.join(repo.root, 'policies/demo-food/packing.yaml'));
    const json = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-food', '--format', 'json'], ROW);
    const gap = findings(json).filter((f) => f.code === 'listing/not-checked');
    expect(gap.map((f) => [f.severity, f.file, f.message])).toEqual([
      ['warning', 'policies/demo-food/store.yaml', expect.stringContaining('no PackingStandard (packing.yaml), so listing/ship-promise did not run')],
    ]);
    const ndjson = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-food', '--format', 'ndjson'], ROW);
    expect(ndjson.stderr).toContain('listing/not-checked');
    const github = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-food', '--format', 'github'], ROW);
    expect(github.stdout).toMatch(/^::warning file=policies\/demo-food\/store\.yaml,.*listing\/not-checked/m);
  });

  it('no after-sales.yaml: listing/not-checked names listing/return-promise', async () => {
    rmSync(path.join(repo.root, 'policies/demo-food/after-sales.yaml'));
    const json = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-food', '--format', 'json'], ROW);
    expect(findings(json).filter((f) => f.code === 'listing/not-checked').map((f) => f.message)).toEqual([
      expect.stringContaining('no AfterSalesPolicy (after-sales.yaml), so listing/return-promise compared return exemptions with the law only'),
    ]);
  });

  it('a store.yaml planted beside an export inside a store folder does not take over: the store is ambiguous, exit 2', async () => {
    repo.write('policies/demo-food/exports/store.yaml', repo.read('policies/demo-food/store.yaml').replace(/store: demo-food/g, 'store: planted'));
    repo.write('policies/demo-food/exports/rows.ndjson', `${JSON.stringify({ sku: 'T1', title: '减肥茶 全网最低价', category: 'tea', price: '10.00' })}\n`);
    const result = await repo.run(['check', 'listing', 'policies/demo-food/exports/rows.ndjson']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('both policies/demo-food/exports/store.yaml and policies/demo-food/store.yaml lie above it');
  });
});
