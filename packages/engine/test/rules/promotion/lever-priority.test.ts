import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const lever = (name: string, type: string) =>
  promo(name, `  type: ${type}
  status: approved
  window: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {all: true}
`);
const gift = promo('gift', `  type: gift
  status: approved
  gift: {sku: GIFT-1, name: {zh: 丝巾}, quantity: 1, value: 20}
  window: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {categories: [dresses]}
  terms: {zh: 买即送丝巾}
`);
const policy = (severity: string) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  lever_priority_severity: ${severity}
`;
const proposal = promo('d11', DISCOUNT_SPEC);
const type = at(proposal, 'product_discount');

describe('promotion/lever-priority', () => {
  table('promotion/lever-priority', [
    { name: 'a price cut with no non-price lever in use is info', proposal, expected: [{ code: 'promotion/lever-priority', severity: 'info', ...type }] },
    {
      name: 'free shipping, gift and free returns in use: nothing to say',
      proposal,
      files: { 'promotions/a.yaml': lever('ship', 'free_shipping'), 'promotions/b.yaml': lever('returns', 'free_return_shipping'), 'promotions/c.yaml': gift },
      expected: [],
    },
    { name: 'the policy can raise it to a warning', proposal, files: { 'promotion-policy.yaml': policy('warning') }, expected: [{ code: 'promotion/lever-priority', severity: 'warning', ...type }] },
    { name: 'or turn it off', proposal, files: { 'promotion-policy.yaml': policy('off') }, expected: [] },
  ]);
});
