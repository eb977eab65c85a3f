import { describe, expect, it } from 'vitest';
import { priceFloor } from '../../../src/rules/tiers/price-floor.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { tiersYaml } from './_fixtures.js';

const t = (id: string, spend: number, price: number) =>
  `{id: ${id}, name: {zh: ${id}}, qualify: {spend: ${spend}}, benefits: {price_percent: ${price}}}`;

const cases: { name: string; yaml: string; expected: Expected[] }[] = [
  {
    name: 'exactly the default floor of 70 is allowed',
    yaml: tiersYaml('spend', [t('a', 0, 100), t('b', 1, 70)]),
    expected: [],
  },
  {
    name: 'below the default floor is an error at the price_percent value',
    yaml: tiersYaml('spend', [t('a', 0, 100), t('b', 1, 65)]),
    expected: [{ code: 'tiers/price-floor', severity: 'error', line: 9, column: 77, endColumn: 79 }],
  },
  {
    name: 'a configured floor of 80 tightens the limit (tiers move down a line)',
    yaml: tiersYaml('spend', [t('a', 0, 100), t('b', 1, 75)], '  rules: {min_price_percent: 80}'),
    expected: [{ code: 'tiers/price-floor', line: 10, column: 77 }],
  },
  {
    name: 'a configured floor of 60 allows 65',
    yaml: tiersYaml('spend', [t('a', 0, 100), t('b', 1, 65)], '  rules: {min_price_percent: 60}'),
    expected: [],
  },
];

describe('tiers/price-floor', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(pick(runRule(priceFloor, { 'member-tiers.yaml': c.yaml }), c.expected)).toEqual(c.expected);
    });
  }

  it('relates the finding to a configured floor, and to nothing when the default applies', () => {
    const configured = runRule(priceFloor, { 'm.yaml': tiersYaml('spend', [t('a', 0, 75)], '  rules: {min_price_percent: 80}') });
    expect(configured[0]?.params).toEqual({ tier: 'a', value: 75, floor: 80 });
    expect(configured[0]?.related).toMatchObject([{ line: 7, column: 30 }]);
    const defaulted = runRule(priceFloor, { 'm.yaml': tiersYaml('spend', [t('a', 0, 60)]) });
    expect(defaulted[0]?.related).toEqual([]);
  });
});
