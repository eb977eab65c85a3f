import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const flash = promo('flash-dresses', `  type: flash_sale
  status: approved
  fixed_price: 120
  stock_cap: 100
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-11T02:00:00+08:00"}
  scope: {skus: [DRS-001]}
`);
const twin = promo('another-discount', `  type: product_discount
  status: approved
  percent_off: 10
  window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
`);
const errorPolicy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  conflicts: error
`;
const proposal = promo('d11', DISCOUNT_SPEC);
const type = at(proposal, 'product_discount');

describe('promotion/conflict', () => {
  table('promotion/conflict', [
    { name: 'nothing else on the calendar', proposal, expected: [] },
    { name: 'a flash sale on a SKU of the scope wins (info by default)', proposal, files: { 'promotions/flash.yaml': flash }, expected: [{ code: 'promotion/conflict', severity: 'info', ...type, messageId: 'promotion/conflict.overlaps' }] },
    { name: 'the same type meeting is a tie decided per SKU', proposal, files: { 'promotions/twin.yaml': twin }, expected: [{ code: 'promotion/conflict', severity: 'info', ...type, messageId: 'promotion/conflict.tie' }] },
    { name: 'conflicts: error makes it an error', proposal, files: { 'promotions/twin.yaml': twin, 'promotion-policy.yaml': errorPolicy }, expected: [{ code: 'promotion/conflict', severity: 'error', ...type }] },
  ]);
});
