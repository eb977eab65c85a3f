import { describe, expect, it } from 'vitest';
import { priorityComplete } from '../../../src/rules/promotion-policy/priority-complete.js';
import { runRule } from '../../helpers/rule-tester.js';
import { at } from '../promotion/_harness.js';

const policy = (priority: string) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  priority: ${priority}
`;
const FULL = '[free_shipping, gift, free_return_shipping, flash_sale, time_limited_discount, product_discount, threshold_reduction, coupon, prize_draw, member_price]';
const missing = policy('[free_shipping, gift, flash_sale, product_discount, threshold_reduction, coupon, prize_draw, member_price, time_limited_discount]');
const duplicate = policy(FULL.replace('coupon,', 'coupon, gift,'));

const cases = [
  { name: 'every type once passes', text: policy(FULL), expected: [] },
  { name: 'a missing type is an error at the priority key', text: missing, expected: [{ code: 'promotion-policy/priority-complete', severity: 'error', ...at(missing, 'priority') }] },
  { name: 'a repeated type is an error at the repeat', text: duplicate, expected: [{ code: 'promotion-policy/priority-complete', severity: 'error', ...at(duplicate, 'gift, prize_draw') }] },
];

describe('promotion-policy/priority-complete', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = runRule(priorityComplete, { 'p/demo/promotion-policy.yaml': c.text });
      expect(found.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column }))).toEqual(c.expected);
    });
  }
});
