import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { findings, runCli } from '../validate/run-cli.js';
import { lawRepo, positionOf, waiverYaml, type LawRepo } from './_law-repo.js';

// Bypass family "a waiver switches a check off" (SPEC sections 2, 7 and 9): a
// waiver excuses a finding of a check that ran. Waiving the finding that says
// a check did not run (a schema error leaves the document out of every rule;
// the law baseline loosened) or a law rule on a policy gave a green validate.
// Each such waiver is now waiver/not-waivable and waives nothing.

const NOW = '2026-12-01T00:00:00+08:00';
const WAIVER = 'policies/demo-apparel/waivers/planted.yaml';
let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(() => repo.cleanup());

function plant(rule: string, target = '{file: "**"}'): void {
  repo.write(WAIVER, waiverYaml('demo-apparel', rule, target));
}

async function validate() {
  const result = await repo.run(['validate', 'policies', '--format', 'json', '--now', NOW]);
  return { result, found: findings(result), summary: JSON.parse(result.stdout).summary as { errors: number; waived: number } };
}

describe('fail closed: a waiver cannot switch a check off', () => {
  it('schema/type waived on every file: the 50% svip tier (a string) is not left unchecked', async () => {
    repo.edit('policies/demo-apparel/member-tiers.yaml', 'price_percent: 90', 'price_percent: "50"');
    plant('schema/type');
    const { result, found, summary } = await validate();
    expect(result.code).toBe(1);
    const at = positionOf(repo.read('policies/demo-apparel/member-tiers.yaml'), '"50"');
    expect(found.filter((f) => f.code === 'schema/type').map((f) => [f.severity, f.line, f.column])).toEqual([['error', at.line, at.column]]);
    expect(found.filter((f) => f.code === 'waiver/not-waivable').map((f) => [f.file, f.line, f.column])).toEqual([[WAIVER, 5, 9]]);
    expect(summary.waived).toBe(0);
  });

  it('compliance/loosens-law waived: a store that re-declares the law set with one term is refused', async () => {
    repo.edit(
      'policies/demo-apparel/compliance.yaml',
      '  term_sets:\n',
      '  term_sets:\n    - {id: ad-law-absolute, check: banned-term, law: true, severity: error, source: x, terms: [国家级]}\n',
    );
    plant('compliance/loosens-law');
    const { result, found, summary } = await validate();
    expect(result.code).toBe(1);
    expect(found.filter((f) => f.code === 'compliance/loosens-law').every((f) => f.severity === 'error')).toBe(true);
    expect(found.filter((f) => f.code === 'compliance/loosens-law').length).toBeGreaterThan(0);
    expect(found.some((f) => f.code === 'waiver/not-waivable')).toBe(true);
    expect(summary.waived).toBe(0);
  });

  it('compliance/no-baseline waived: a store with its extends removed still fails validate', async () => {
    repo.edit('policies/demo-apparel/compliance.yaml', '  extends: ../_base/cn-regulations.yaml\n', '');
    plant('compliance/no-baseline');
    const { result, found, summary } = await validate();
    expect(result.code).toBe(1);
    expect(found.filter((f) => f.code === 'compliance/no-baseline').map((f) => f.severity)).toEqual(['error']);
    expect(summary.waived).toBe(0);
  });

  it('after-sales/return-days (law) waived: a 5-day return window is still refused', async () => {
    repo.edit('policies/demo-apparel/after-sales.yaml', '    days: 15\n    statutory', '    days: 5\n    statutory');
    plant('after-sales/return-days', '{file: policies/demo-apparel/after-sales.yaml}');
    const { result, found, summary } = await validate();
    expect(result.code).toBe(1);
    const at = positionOf(repo.read('policies/demo-apparel/after-sales.yaml'), 'days: 5');
    expect(found.filter((f) => f.code === 'after-sales/return-days').map((f) => [f.line, f.column])).toEqual([[at.line, at.column + 'days: '.length]]);
    expect(found.filter((f) => f.code === 'waiver/not-waivable').map((f) => f.severity)).toEqual(['error']);
    expect(summary.waived).toBe(0);
  });

  it('a store limit (tiers/price-floor) stays waivable: the same waiver form covers it', async () => {
    repo.edit('policies/demo-apparel/member-tiers.yaml', 'price_percent: 90', 'price_percent: 65');
    plant('tiers/price-floor', '{file: policies/demo-apparel/member-tiers.yaml}');
    const { found, summary } = await validate();
    expect(found.filter((f) => f.code === 'tiers/price-floor').length).toBe(1);
    expect(found.filter((f) => f.code.startsWith('waiver/'))).toEqual([]);
    expect(summary.waived).toBe(1);
  });
});

describe('fail closed: storepolicy test judges a case the same from any folder', () => {
  it("run from the store's folder, a case's Waiver input (named from the repository root) still applies", async () => {
    repo.commit();
    const fromRoot = await repo.run(['test', 'policies/demo-apparel/tests/waivers.yaml', '--format', 'json']);
    const fromStore = await runCli(['test', 'tests/waivers.yaml', '--format', 'json'], { cwd: path.join(repo.root, 'policies/demo-apparel') });
    const summary = (r: typeof fromRoot) => JSON.parse(r.stdout).summary as { passed: number; failed: number };
    expect([fromRoot.code, summary(fromRoot)]).toEqual([0, expect.objectContaining({ passed: 3, failed: 0 })]);
    expect([fromStore.code, summary(fromStore)]).toEqual([0, expect.objectContaining({ passed: 3, failed: 0 })]);
  });
});

describe('fail closed: check promotion holds waivers to the repository\'s horizon', () => {
  it('--waiver-max-days 30: a 50-day waiver of promotion/price-floor covers nothing, as in validate', async () => {
    repo.write(
      WAIVER,
      [
        'apiVersion: storepolicy/v1',
        'kind: Waiver',
        'metadata: {store: demo-apparel, name: planted}',
        'spec:',
        '  rule: promotion/price-floor',
        '  target: {promotion: deep}',
        '  reason: {zh: 试运行, en: pilot}',
        '  approved_by: li.na@example.com',
        '  expires: 2027-01-20',
        '',
      ].join('\n'),
    );
    repo.write(
      'proposals/deep.yaml',
      'apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo-apparel, name: deep}\nspec:\n  type: product_discount\n' +
        '  amount_off: 150\n  window: {start: "2026-12-10T00:00:00+08:00", end: "2026-12-11T00:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n',
    );
    const run = (extra: string[]) =>
      repo.run(['check', 'promotion', 'proposals/deep.yaml', '--store', 'policies/demo-apparel', '--now', NOW, '--format', 'json', ...extra]);
    const floors = (r: Awaited<ReturnType<typeof run>>) =>
      (JSON.parse(r.stdout).diagnostics as Array<{ code: string; waivedBy?: unknown }>).filter((d) => d.code === 'promotion/price-floor');
    const lenient = floors(await run([]));
    expect(lenient.length).toBeGreaterThan(0);
    expect(lenient.every((d) => d.waivedBy !== undefined)).toBe(true);
    const strict = await run(['--waiver-max-days', '30']);
    expect(strict.code).toBe(1);
    expect(floors(strict).length).toBe(lenient.length);
    expect(floors(strict).every((d) => d.waivedBy === undefined)).toBe(true);
  });
});
