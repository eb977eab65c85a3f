import { describe, expect, it } from 'vitest';
import { stackingSymmetric } from '../../../src/rules/promotion-policy/stacking-symmetric.js';
import { runRule } from '../../helpers/rule-tester.js';
import { at } from '../promotion/_harness.js';

const policy = (stacking: string) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  stacking:
${stacking}`;
// prize_draw (gift class) refuses order promotions, but coupon and threshold accept gifts by default.
const oneSided = policy('    prize_draw: {combines_with: [product, member, shipping, gift]}\n');
const bothWays = policy(`    prize_draw: {combines_with: [product, member, shipping, gift]}
    gift: {combines_with: [product, member, shipping, gift]}
    threshold_reduction: {combines_with: [product, member, order, shipping]}
    coupon: {combines_with: [product, member, order, shipping]}
`);

describe('promotion-policy/stacking-symmetric', () => {
  it('the defaults are symmetric', () => {
    expect(runRule(stackingSymmetric, { 'p/demo/promotion-policy.yaml': policy('    flash_sale: {exclusive: global}\n') })).toEqual([]);
  });
  it('a one-sided refusal is an error per type that still accepts it', () => {
    const found = runRule(stackingSymmetric, { 'p/demo/promotion-policy.yaml': oneSided });
    const where = at(oneSided, '[product');
    expect(found.map((d) => [d.code, d.line, d.column, d.params.other])).toEqual([
      ['promotion-policy/stacking-symmetric', where.line, where.column, 'threshold_reduction'],
      ['promotion-policy/stacking-symmetric', where.line, where.column, 'coupon'],
    ]);
  });
  it('refusing on both sides is consistent', () => {
    expect(runRule(stackingSymmetric, { 'p/demo/promotion-policy.yaml': bothWays })).toEqual([]);
  });
});
