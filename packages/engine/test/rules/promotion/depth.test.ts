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
    // DRS-001: list 199.00, 7-day low 189.00; depth is measured from 189.00, as the floor's is
    { name: '60% off (79.60, 57.9% under 189.00) is deeper than max_depth 50', proposal: deep, expected: [{ code: 'promotion/depth', severity: 'error', ...at(deep, '60'), messageId: 'promotion/depth.sku' }] },
    { name: 'a fixed price 89.00 is 52.9% under the 7-day low 189.00', proposal: fixed, expected: [{ code: 'promotion/depth', severity: 'error', ...at(fixed, '"89.00"'), messageId: 'promotion/depth.sku' }] },
    { name: 'a fixed price 94.50 is exactly 50% under 189.00 and passes', proposal: promo('edge', spec('fixed_price: "94.50"')), expected: [] },
    { name: 'a fixed price 94.49 is one fen deeper', proposal: promo('edge2', spec('fixed_price: "94.49"')), expected: [{ code: 'promotion/depth', severity: 'error', line: 6, column: 16 }] },
    // issue 9 hole 8: 99.00 is 50.25% under the list price 199.00 but 47.6% under the 7-day low: the floor (94.50) accepts it, so does depth
    { name: 'a flash sale at 99.00 (47.6% under 189.00) passes, as the floor does', proposal: promo('flash', `  type: flash_sale\n  fixed_price: 99\n  stock_cap: 100\n  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n`), expected: [] },
    { name: 'an amount off 100.00 (99.00, 47.6% under 189.00) passes', proposal: promo('amt', spec('amount_off: 100')), expected: [] },
  ]);
});
