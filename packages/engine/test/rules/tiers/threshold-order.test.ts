import { describe, expect, it } from 'vitest';
import { thresholdOrder } from '../../../src/rules/tiers/threshold-order.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { tiersYaml } from './_fixtures.js';

const t = (id: string, qualify: string, price = 100) =>
  `{id: ${id}, name: {zh: ${id}}, qualify: {${qualify}}, benefits: {price_percent: ${price}}}`;

// Tier i (0-based) sits on line 8 + i; with one-letter ids the first threshold value is at column 47.
const cases: { name: string; yaml: string; expected: Expected[] }[] = [
  {
    name: 'rising spend thresholds are fine',
    yaml: tiersYaml('spend', [t('a', 'spend: 0'), t('b', 'spend: 1000'), t('c', 'spend: 5000')]),
    expected: [],
  },
  {
    name: 'a lower spend after a higher one is reported at the lower value',
    yaml: tiersYaml('spend', [t('a', 'spend: 0'), t('b', 'spend: 5000'), t('c', 'spend: 3000')]),
    expected: [{ code: 'tiers/threshold-order', severity: 'error', line: 10, column: 47, endColumn: 51 }],
  },
  {
    name: 'an equal spend threshold is not an increase',
    yaml: tiersYaml('spend', [t('a', 'spend: 0'), t('b', 'spend: 0')]),
    expected: [{ code: 'tiers/threshold-order', severity: 'error', line: 9, column: 47 }],
  },
  {
    name: 'orders metric compares orders and ignores spend',
    yaml: tiersYaml('orders', [t('a', 'orders: 0, spend: 900'), t('b', 'orders: 0, spend: 100')]),
    expected: [{ code: 'tiers/threshold-order', messageId: 'tiers/threshold-order.orders', line: 9, column: 48 }],
  },
  {
    name: 'spend_or_orders checks both thresholds',
    yaml: tiersYaml('spend_or_orders', [t('a', 'spend: 0, orders: 5'), t('b', 'spend: 100, orders: 5')]),
    expected: [{ code: 'tiers/threshold-order', messageId: 'tiers/threshold-order.orders', line: 9, column: 60 }],
  },
];

describe('tiers/threshold-order', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(pick(runRule(thresholdOrder, { 'member-tiers.yaml': c.yaml }), c.expected)).toEqual(c.expected);
    });
  }

  it('says which tier and line the limit comes from', () => {
    const yaml = tiersYaml('spend', [t('silver', 'spend: 5000'), t('gold', 'spend: 3000')]);
    const [finding] = runRule(thresholdOrder, { 'member-tiers.yaml': yaml });
    expect(finding?.params).toEqual({ tier: 'gold', value: '3000.00', previous: 'silver', previousValue: '5000.00', previousLine: 8 });
    expect(finding?.related).toMatchObject([{ file: 'member-tiers.yaml', line: 8, column: 57 }]);
  });
});
