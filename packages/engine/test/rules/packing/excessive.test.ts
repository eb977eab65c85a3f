import { describe, expect, it } from 'vitest';
import { excessive } from '../../../src/rules/packing/excessive.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { packingYaml, storeYaml, type PackingParts } from './_fixtures.js';

const rule = (category: string, layers: number, money = '') =>
  `{category: ${category}, cushioning: none, outer_box: carton_3ply, layers: ${layers}${money}}`;

// Category rule i is on line 13 + i.
const cases: { name: string; parts: PackingParts; expected: Expected[] }[] = [
  {
    name: 'within every limit: grain 3 layers, other food 4, cosmetics 4, cost 20% of 100 yuan',
    parts: { categories: [rule('rice', 3), rule('nuts', 4, ', packaging_cost: 20, min_price: 100'), rule('cream', 4)] },
    expected: [],
  },
  {
    name: 'grain in 4 layers breaks the 3-layer limit',
    parts: { categories: [rule('rice', 4)] },
    expected: [{ code: 'packing/excessive', severity: 'error', messageId: 'packing/excessive.layers', line: 13, column: 74, endColumn: 75 }],
  },
  {
    name: 'mooncakes in 4 layers break the 3-layer limit of amendment No. 1',
    parts: { categories: [rule('mooncak', 4)] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.layers', line: 13, column: 77 }],
  },
  {
    name: 'apparel is not covered by GB 23350',
    parts: { categories: [rule('dresses', 9, ', packaging_cost: 50, min_price: 100')] },
    expected: [],
  },
  {
    name: 'packaging at 21% of the lowest price breaks the 20% limit',
    parts: { categories: [rule('nuts', 4, ', packaging_cost: 21, min_price: 100')] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.cost', line: 13, column: 93, endColumn: 95 }],
  },
  {
    name: 'mooncakes above 100 yuan may spend 15%, not 20%',
    parts: { categories: [rule('mooncak', 3, ', packaging_cost: 19, min_price: 120')] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.cost', line: 13, column: 96 }],
  },
  {
    name: 'mooncakes from 88 to 168 yuan: 16 yuan is within 20% of 88 but above 15% of a price just over 100',
    parts: { categories: [rule('mooncak', 3, ', packaging_cost: 16, min_price: 88, max_price: 168')] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.premiumCost', line: 13, column: 96 }],
  },
  {
    name: 'mooncakes up to exactly 100 yuan keep the 20% limit',
    parts: { categories: [rule('mooncak', 3, ', packaging_cost: 16, min_price: 88, max_price: 100')] },
    expected: [],
  },
  {
    name: 'a store limit looser than the law is refused at that key, and the law applies',
    parts: { excessive: '{max_layers: {other_food: 5}, max_cost_percent: 15}', categories: [rule('nuts', 5)] },
    expected: [
      { code: 'packing/excessive', messageId: 'packing/excessive.loosensLaw', line: 10, column: 50 },
      { code: 'packing/excessive', messageId: 'packing/excessive.layers', line: 13, column: 74 },
    ],
  },
  {
    name: 'a stricter store limit applies (15% for all food)',
    parts: { excessive: '{max_cost_percent: 15}', categories: [rule('nuts', 2, ', packaging_cost: 16, min_price: 100')] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.cost', line: 13, column: 93 }],
  },
  {
    name: 'a stricter general limit (10%) also caps the mooncake premium limit',
    parts: { excessive: '{max_cost_percent: 10}', categories: [rule('mooncak', 3, ', packaging_cost: 14, min_price: 128')] },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.cost', line: 13, column: 96 }],
  },
  {
    name: 'raising the premium price above 100 yuan loosens the law',
    parts: { excessive: '{premium_price: 120}' },
    expected: [{ code: 'packing/excessive', messageId: 'packing/excessive.loosensLaw', line: 10, column: 40 }],
  },
];

describe('packing/excessive', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(excessive, { 'store.yaml': storeYaml(), 'packing.yaml': packingYaml(c.parts) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('explains the cost share and relates it to the Store category', () => {
    const parts = { categories: [rule('nuts', 4, ', packaging_cost: 20.01, min_price: 100')] };
    const [finding] = runRule(excessive, { 'store.yaml': storeYaml(), 'packing.yaml': packingYaml(parts) });
    expect(finding?.params).toMatchObject({ cost: '20.01', price: '100.00', share: '20.1', max: 20, limit: '20.00', source: 'GB 23350-2021' });
    expect(finding?.related).toMatchObject([{ file: 'store.yaml', line: 12, column: 46 }]);
  });
});
