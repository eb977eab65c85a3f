import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const spec = (scope: string) => `  type: product_discount
  percent_off: 15
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: ${scope}
`;
const badCategory = promo('c', spec('{categories: [dresses, shoes]}'));
const badSku = promo('s', spec('{skus: [DRS-001, DRS-999]}'));

describe('promotion/unknown-scope', () => {
  table('promotion/unknown-scope', [
    { name: 'a store category passes', proposal: promo('c', spec('{categories: [dresses]}')), expected: [] },
    { name: 'a category the store does not have is an error', proposal: badCategory, expected: [{ code: 'promotion/unknown-scope', severity: 'error', ...at(badCategory, 'shoes') }] },
    { name: 'a SKU missing from the catalogue is an error', proposal: badSku, expected: [{ code: 'promotion/unknown-scope', severity: 'error', ...at(badSku, 'DRS-999') }] },
  ]);
});
