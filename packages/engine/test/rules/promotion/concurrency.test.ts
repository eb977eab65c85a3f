import { describe } from 'vitest';
import { DRS001 } from '../../pricing/fixtures.js';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const shipping = (name: string, type: string, start = '2026-11-10T00:00:00+08:00') =>
  promo(name, `  type: ${type}
  status: approved
  window: {start: "${start}", end: "2026-11-13T00:00:00+08:00"}
  scope: {all: true}
`);
const coupon = promo('coupon-20', `  type: coupon
  status: approved
  coupon: {amount: 20}
  window: {start: "2026-11-11T06:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {categories: [dresses]}
  terms: {zh: 立减20}
`);
const proposal = promo('d11', DISCOUNT_SPEC);
const policy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {max_concurrent: 4}
`;
const three = { 'promotions/a.yaml': shipping('free-ship', 'free_shipping'), 'promotions/b.yaml': shipping('free-returns', 'free_return_shipping') };

const onCategory = (name: string, category: string) =>
  promo(name, `  type: free_shipping
  status: approved
  window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-13T00:00:00+08:00"}
  scope: {categories: [${category}]}
`);
const storeWide = promo('all-ship', `  type: free_return_shipping
  status: approved
  window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-13T00:00:00+08:00"}
  scope: {all: true}
`);
const tops = { sku: 'TOP-001', category: 'tops', list: 9900, cost: 3000, history: [] };

describe('promotion/concurrency', () => {
  table('promotion/concurrency', [
    { name: 'three at once is the default maximum', proposal, files: three, expected: [] },
    {
      name: 'a fourth starting inside the window is an error at the start',
      proposal,
      files: { ...three, 'promotions/c.yaml': coupon },
      expected: [{ code: 'promotion/concurrency', severity: 'error', ...at(proposal, 'start: "', 7) }],
    },
    {
      name: 'promotions on different categories never meet on one SKU: not a crowd',
      proposal: promo('d11-all', DISCOUNT_SPEC.replace('{categories: [dresses]}', '{all: true}')),
      files: { 'promotions/a.yaml': onCategory('ship-dresses', 'dresses'), 'promotions/b.yaml': onCategory('ship-tops', 'tops'), 'promotions/c.yaml': storeWide },
      catalog: [DRS001, tops],
      expected: [],
    },
    { name: 'max_concurrent 4 allows four', proposal, files: { ...three, 'promotions/c.yaml': coupon, 'promotion-policy.yaml': policy }, expected: [] },
  ]);
});
