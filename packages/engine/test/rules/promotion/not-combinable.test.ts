import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const flash = promo('flash', `  type: flash_sale
  fixed_price: 150
  stock_cap: 50
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-11T02:00:00+08:00"}
  scope: {skus: [DRS-001]}
`);
const coupon = promo('coupon-20', `  type: coupon
  status: approved
  coupon: {amount: 20, min_spend: 199}
  window: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满199减20}
`);
const narrowedCoupon = promo('coupon-narrow', `  type: coupon
  coupon: {amount: 20, min_spend: 199}
  combines_with: [order, member]
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满199减20}
`);
const discount = promo('d11', `  type: product_discount
  status: approved
  percent_off: 10
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`);
const narrowPolicy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  stacking:
    gift: {combines_with: [shipping, gift]}
`;
const widening = promo('gift-widen', `  type: gift
  gift: {sku: GIFT-1, name: {zh: 丝巾}, quantity: 1, value: 20}
  combines_with: [shipping, product]
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 买即送丝巾}
`);

const flashAsksOrder = promo('flash-order', `  type: flash_sale
  fixed_price: 150
  stock_cap: 50
  combines_with: [shipping, order]
  window: {start: "2026-12-01T00:00:00+08:00", end: "2026-12-01T02:00:00+08:00"}
  scope: {skus: [DRS-001]}
`);

describe('promotion/not-combinable', () => {
  table('promotion/not-combinable', [
    { name: 'a flash sale alone passes', proposal: flash, expected: [] },
    {
      name: 'a flash sale (global) meeting a coupon is an error',
      proposal: flash,
      files: { 'promotions/coupon.yaml': coupon },
      expected: [{ code: 'promotion/not-combinable', severity: 'error', ...at(flash, 'flash_sale'), messageId: 'promotion/not-combinable.exclusive' }],
    },
    {
      name: 'a coupon narrowed to not combine with products meets a discount: handshake fails, at combines_with',
      proposal: narrowedCoupon,
      files: { 'promotions/d11.yaml': discount },
      expected: [{ code: 'promotion/not-combinable', severity: 'error', ...at(narrowedCoupon, '[order'), messageId: 'promotion/not-combinable.handshake' }],
    },
    {
      name: 'a proposal that widens the policy is an error at the extra class',
      proposal: widening,
      files: { 'promotion-policy.yaml': narrowPolicy },
      expected: [{ code: 'promotion/not-combinable', severity: 'error', ...at(widening, 'product]'), messageId: 'promotion/not-combinable.widens' }],
    },
    {
      name: 'a globally exclusive flash sale asking to combine with order promotions widens the policy',
      proposal: flashAsksOrder,
      expected: [{ code: 'promotion/not-combinable', severity: 'error', ...at(flashAsksOrder, 'order]'), messageId: 'promotion/not-combinable.widens' }],
    },
  ]);
});
