import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const reversed = promo('bad', `  type: product_discount
  percent_off: 15
  window: {start: "2026-11-12T00:00:00+08:00", end: "2026-11-11T00:00:00+08:00"}
  scope: {categories: [dresses]}
`);
const zero = promo('zero', `  type: product_discount
  percent_off: 15
  window: {start: "2026-11-11T08:00:00+08:00", end: "2026-11-11T00:00:00Z"}
  scope: {categories: [dresses]}
`);

describe('promotion/window', () => {
  table('promotion/window', [
    { name: 'a window that ends after it starts passes', proposal: promo('ok', DISCOUNT_SPEC), expected: [] },
    {
      name: 'an end before the start is an error at the end',
      proposal: reversed,
      expected: [{ code: 'promotion/window', severity: 'error', ...at(reversed, 'end: "', 5), messageId: 'promotion/window.endNotAfterStart' }],
    },
    {
      name: 'an end equal to the start (same instant, other offset) is an error',
      proposal: zero,
      expected: [{ code: 'promotion/window', severity: 'error', ...at(zero, 'end: "', 5) }],
    },
  ]);
});
