import { describe, expect, it } from 'vitest';
import { fragile } from '../../../src/rules/packing/fragile.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { packingYaml, storeYaml } from './_fixtures.js';

const cushioned = [
  '{category: giftbox, cushioning: air_column_bag, outer_box: carton_5ply}',
  '{category: vase, cushioning: bubble_wrap, outer_box: carton_5ply}',
];

const cases: { name: string; categories: string[]; expected: Expected[] }[] = [
  { name: 'every fragile category cushioned: fine', categories: cushioned, expected: [] },
  {
    name: 'a fragile category packed with cushioning: none is a warning at cushioning',
    categories: ['{category: giftbox, cushioning: none, outer_box: carton_5ply}', cushioned[1]!],
    expected: [{ code: 'packing/fragile', severity: 'warning', messageId: 'packing/fragile.noCushioning', line: 13, column: 39, endColumn: 43 }],
  },
  {
    name: 'a fragile category without a rule is a warning at the categories key',
    categories: [cushioned[0]!],
    expected: [{ code: 'packing/fragile', severity: 'warning', messageId: 'packing/fragile.noRule', line: 12, column: 3, endColumn: 13 }],
  },
];

describe('packing/fragile', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(fragile, { 'store.yaml': storeYaml(), 'packing.yaml': packingYaml({ categories: c.categories }) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('relates the finding to the fragile flag in the Store document', () => {
    const [finding] = runRule(fragile, { 'store.yaml': storeYaml(), 'packing.yaml': packingYaml({ categories: [cushioned[1]!] }) });
    expect(finding?.params).toEqual({ category: 'giftbox' });
    expect(finding?.related).toMatchObject([{ file: 'store.yaml', line: 15, column: 64 }]);
  });
});
