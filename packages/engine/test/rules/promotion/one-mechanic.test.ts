import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../src/pricing/index.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';
import { NOW, at, promo, table } from './_harness.js';

const spec = (type: string, mechanics: string) => `  type: ${type}
${mechanics}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {skus: [DRS-001]}
  stock_cap: 10
`;
const fixedAndAmount = promo('two', spec('product_discount', '  fixed_price: 150\n  amount_off: 100'));
const three = promo('three', spec('product_discount', '  fixed_price: 150\n  percent_off: 10\n  amount_off: 100'));
const flashAmount = promo('flash', spec('flash_sale', '  fixed_price: 150\n  amount_off: 100'));
const timeFixed = promo('tl', spec('time_limited_discount', '  percent_off: 10\n  fixed_price: 99'));
const couponThreshold = promo('c', `  type: coupon
  coupon: {amount: 5}
  threshold: {spend: 100, off: 90}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
`);

describe('promotion/one-mechanic', () => {
  table('promotion/one-mechanic', [
    { name: 'one fixed price passes', proposal: promo('ok', spec('product_discount', '  fixed_price: 150')), expected: [] },
    {
      name: 'fixed_price and amount_off: refused at the second',
      proposal: fixedAndAmount,
      expected: [{ code: 'promotion/one-mechanic', severity: 'error', ...at(fixedAndAmount, 'amount_off'), messageId: 'promotion/one-mechanic.several' }],
    },
    {
      name: 'three prices: two findings, at the second and the third',
      proposal: three,
      expected: [
        { code: 'promotion/one-mechanic', severity: 'error', ...at(three, 'percent_off') },
        { code: 'promotion/one-mechanic', severity: 'error', ...at(three, 'amount_off') },
      ],
    },
    {
      name: 'amount_off is not a flash-sale mechanic',
      proposal: flashAmount,
      expected: [{ code: 'promotion/one-mechanic', severity: 'error', ...at(flashAmount, 'amount_off'), messageId: 'promotion/one-mechanic.notForType' }],
    },
    {
      name: 'fixed_price is not a time-limited-discount mechanic',
      proposal: timeFixed,
      expected: [{ code: 'promotion/one-mechanic', severity: 'error', ...at(timeFixed, 'fixed_price'), messageId: 'promotion/one-mechanic.notForType' }],
    },
    {
      name: 'a threshold on a coupon is never priced: refused',
      proposal: couponThreshold,
      expected: [{ code: 'promotion/one-mechanic', severity: 'error', ...at(couponThreshold, 'threshold'), messageId: 'promotion/one-mechanic.notForType' }],
    },
  ]);

  it('prices fixed_price 150 with amount_off 100 at the lower 99.00, not silently at 150.00 (hole 7)', () => {
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY });
    const { prices } = dryRun({ bundle, proposals: [proposalOf('two.yaml', fixedAndAmount)], catalog: [DRS001], now: new Date(NOW) });
    expect(prices.find((r) => r.tier === 'regular')).toMatchObject({ single: 9900, worst: 9900 });
    expect(prices.find((r) => r.tier === 'regular')?.steps).toEqual([{ by: 'product_discount:two', price: 9900 }]);
  });
});
