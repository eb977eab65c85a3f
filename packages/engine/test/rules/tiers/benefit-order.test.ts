import { describe, expect, it } from 'vitest';
import { benefitOrder } from '../../../src/rules/tiers/benefit-order.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { tiersYaml } from './_fixtures.js';

const t = (id: string, spend: number, benefits: string) =>
  `{id: ${id}, name: {zh: ${id}}, qualify: {spend: ${spend}}, benefits: {${benefits}}}`;

// Tier i (0-based) is on line 8 + i.
const cases: { name: string; tiers: string[]; expected: Expected[] }[] = [
  {
    name: 'benefits that only improve are fine',
    tiers: [
      t('a', 0, 'price_percent: 100'),
      t('b', 1, 'price_percent: 95, free_shipping: true'),
      t('c', 2, 'price_percent: 90, free_shipping: true, points_multiplier: 2, birthday_coupon: 20'),
    ],
    expected: [],
  },
  {
    name: 'a higher tier paying more is reported at its price_percent',
    tiers: [t('a', 0, 'price_percent: 100'), t('b', 1, 'price_percent: 95'), t('c', 2, 'price_percent: 98')],
    expected: [{ code: 'tiers/benefit-order', severity: 'error', messageId: 'tiers/benefit-order.pricePercent', line: 10, column: 77, endColumn: 79 }],
  },
  {
    name: 'a perk that goes missing is reported at the benefits key (closest existing parent)',
    tiers: [t('a', 0, 'price_percent: 100, free_shipping: true'), t('b', 1, 'price_percent: 95')],
    expected: [{ code: 'tiers/benefit-order', messageId: 'tiers/benefit-order.lost', line: 9, column: 51 }],
  },
  {
    name: 'a coupon is compared with the best lower tier, not only the previous one',
    tiers: [
      t('a', 0, 'price_percent: 100'),
      t('b', 1, 'price_percent: 95, birthday_coupon: 20'),
      t('c', 2, 'price_percent: 90, birthday_coupon: 10'),
    ],
    expected: [{ code: 'tiers/benefit-order', messageId: 'tiers/benefit-order.lost', line: 10, column: 98 }],
  },
  {
    name: 'a smaller points multiplier is a lost benefit',
    tiers: [t('a', 0, 'price_percent: 100'), t('b', 1, 'price_percent: 95, points_multiplier: 2'), t('c', 2, 'price_percent: 90, points_multiplier: 1.5')],
    expected: [{ code: 'tiers/benefit-order', line: 10, column: 100 }],
  },
];

describe('tiers/benefit-order', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(benefitOrder, { 'member-tiers.yaml': tiersYaml('spend', c.tiers) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('points the related location at the lower tier that had the benefit', () => {
    const tiers = [t('a', 0, 'price_percent: 100'), t('b', 1, 'price_percent: 95, birthday_coupon: 20'), t('c', 2, 'price_percent: 90, birthday_coupon: 10')];
    const [finding] = runRule(benefitOrder, { 'member-tiers.yaml': tiersYaml('spend', tiers) });
    expect(finding?.params).toMatchObject({ tier: 'c', lower: 'b', benefit: 'birthday_coupon', value: '10.00', lowerValue: '20.00', lowerLine: 9 });
    expect(finding?.related).toMatchObject([{ line: 9, column: 98 }]);
  });
});
