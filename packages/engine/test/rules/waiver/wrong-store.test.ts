import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../../src/waivers/index.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { finding, storeYaml, waiver } from '../../waivers/_fixtures.js';

// A waiver applies only to the store whose folder holds it (SPEC section 9):
// `metadata.store` (line 3, the value at column 21) must name that store.
const NOW = new Date('2026-11-01T10:00:00+08:00');
const STORES = { 'policies/a/store.yaml': storeYaml('a'), 'policies/b/store.yaml': storeYaml('b') };
const B_FINDING = () => finding('tiers/price-floor', 'policies/b/member-tiers.yaml', '/spec/tiers/3/benefits/price_percent');

function run(waiverFile: string, claimed: string, stores: Record<string, string> = STORES) {
  const { set } = loadFixture({ ...stores, [waiverFile]: waiver('w', 'tiers/price-floor', '{file: "policies/**"}', '2026-11-30', claimed) });
  return applyWaivers([B_FINDING()], set, NOW, { knownCodes: ['tiers/price-floor'] });
}

const cases: { name: string; file: string; store: string; stores?: Record<string, string>; expected: Expected[] }[] = [
  { name: "in its own store's folder: applies", file: 'policies/b/waivers/w.yaml', store: 'b', expected: [] },
  { name: "deeper inside its own store's folder: applies", file: 'policies/b/waivers/2026/w.yaml', store: 'b', expected: [] },
  {
    name: "in another store's folder: an error at metadata.store",
    file: 'policies/a/waivers/w.yaml',
    store: 'b',
    expected: [{ code: 'waiver/wrong-store', severity: 'error', file: 'policies/a/waivers/w.yaml', line: 3, column: 19, endColumn: 20, messageId: 'waiver/wrong-store.otherFolder' }],
  },
  {
    name: 'outside every store folder while its store has one: an error',
    file: 'policies/shared/w.yaml',
    store: 'b',
    expected: [{ code: 'waiver/wrong-store', line: 3, column: 19, messageId: 'waiver/wrong-store.outsideFolder' }],
  },
  {
    name: "a store folder nested in another's: the deepest folder holds it",
    file: 'policies/b/a/waivers/w.yaml',
    store: 'b',
    stores: { 'policies/b/store.yaml': storeYaml('b'), 'policies/b/a/store.yaml': storeYaml('a') },
    expected: [{ code: 'waiver/wrong-store', line: 3, column: 19, messageId: 'waiver/wrong-store.otherFolder' }],
  },
];

describe('waiver/wrong-store', () => {
  for (const c of cases) {
    it(c.name, () => {
      const out = run(c.file, c.store, c.stores);
      expect(pick(out.filter((d) => d.code.startsWith('waiver/')), c.expected)).toEqual(c.expected);
      // a misplaced waiver waives nothing: the other store's finding fails the run again
      expect(out[0]!.waivedBy === undefined).toBe(c.expected.length > 0);
    });
  }

  it('names both stores and the folder, and is judged before expiry', () => {
    const { set } = loadFixture({ ...STORES, 'policies/a/waivers/w.yaml': waiver('w', 'tiers/price-floor', '{file: "policies/**"}', '2020-01-01', 'b') });
    const out = applyWaivers([], set, NOW, { knownCodes: ['tiers/price-floor'] });
    expect(out.map((d) => [d.code, d.params])).toEqual([['waiver/wrong-store', { store: 'b', folder: 'a', dir: 'policies/a' }]]);
  });

  it('absolute paths are compared from the repository root', () => {
    const abs = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([f, t]) => [`/repo/${f}`, t]));
    const { set } = loadFixture(abs({ ...STORES, 'policies/a/waivers/w.yaml': waiver('w', 'tiers/price-floor', '{sku: X}', '2026-11-30', 'b') }));
    const out = applyWaivers([], set, NOW, { rootDir: '/repo', knownCodes: ['tiers/price-floor'] });
    expect(out.map((d) => d.params.dir)).toEqual(['policies/a']);
  });
});
