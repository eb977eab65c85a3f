import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const spec = (mechanic: string) => `  type: product_discount
  ${mechanic}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`;
const deep = promo('deep', spec('percent_off: 60'));
const fixed = promo('fixed', spec('fixed_price: "89.00"'));

describe('promotion/depth', () => {
  table('promotion/depth', [
    { name: '50% off equals max_depth 50 and passes', proposal: promo('ok', spec('percent_off: 50')), expected: [] },
    { name: '60% off is deeper than max_depth 50', proposal: deep, expected: [{ code: 'promotion/depth', severity: 'error', ...at(deep, '60'), messageId: 'promotion/depth.percent' }] },
    { name: 'a fixed price 89.00 on a 199.00 SKU is 55% deep', proposal: fixed, expected: [{ code: 'promotion/depth', severity: 'error', ...at(fixed, '"89.00"'), messageId: 'promotion/depth.sku' }] },
    { name: 'a fixed price 99.50 is exactly 50% and passes', proposal: promo('edge', spec('fixed_price: "99.50"')), expected: [] },
  ]);
});
