import { describe } from 'vitest';
import type { CatalogItem } from '../../../src/pricing/types.js';
import { at, promo, table } from './_harness.js';

const item = (history: CatalogItem['history']): CatalogItem => ({ sku: 'DRS-001', category: 'dresses', list: 19900, cost: 8000, history });
const raised = item([
  { date: '2026-10-20', list: 15900, transaction: 15900 },
  { date: '2026-11-05', list: 19900, transaction: 19900 },
]);
const proposal = promo('d11', `  type: product_discount
  percent_off: 15
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {skus: [DRS-001]}
`);
const tolerant = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {price_raise_tolerance: 30}
`;
const gift = promo('g', `  type: gift
  gift: {sku: GIFT-1, name: {zh: 丝巾}, quantity: 1, value: 20}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {skus: [DRS-001]}
  terms: {zh: 买即送丝巾}
`);

describe('promotion/price-raised-before', () => {
  table('promotion/price-raised-before', [
    { name: 'a steady list price passes', proposal, expected: [] },
    { name: 'raised from 159.00 to 199.00 three weeks before is an error at the SKU', proposal, catalog: [raised], expected: [{ code: 'promotion/price-raised-before', severity: 'error', ...at(proposal, 'DRS-001') }] },
    { name: 'a raise older than the 30-day look-back is not counted', proposal, catalog: [item([{ date: '2026-10-01', list: 15900 }, { date: '2026-10-15', list: 19900 }])], expected: [] },
    { name: 'a 30% tolerance allows a 25% raise', proposal, catalog: [raised], files: { 'promotion-policy.yaml': tolerant }, expected: [] },
    { name: 'a gift does not cut the price, so a raise is not this check', proposal: gift, catalog: [raised], expected: [] },
  ]);
});
