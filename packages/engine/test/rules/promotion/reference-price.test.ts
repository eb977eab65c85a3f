import { describe } from 'vitest';
import type { CatalogItem } from '../../../src/pricing/types.js';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const shown = (price: string) => promo('d11', `${DISCOUNT_SPEC}  display: {reference_price: "${price}"}\n`);
const noSales: CatalogItem = {
  sku: 'DRS-001',
  category: 'dresses',
  list: 19900,
  cost: 8000,
  history: [
    { date: '2026-10-01', list: 19900, transaction: 17900 },
    { date: '2026-11-06', list: 19900 },
  ],
};

describe('promotion/reference-price', () => {
  table('promotion/reference-price', [
    { name: 'showing the 7-day low 189.00 passes', proposal: shown('189.00'), expected: [] },
    { name: 'showing 199.00 above the 7-day low 189.00 is an error', proposal: shown('199.00'), expected: [{ code: 'promotion/reference-price', severity: 'error', ...at(shown('199.00'), '"199.00"') }] },
    {
      name: 'with no sale in the 7 days, the last transaction before them (179.00) is the limit',
      proposal: shown('189.00'),
      catalog: [noSales],
      expected: [{ code: 'promotion/reference-price', severity: 'error', ...at(shown('189.00'), '"189.00"') }],
    },
    { name: 'no displayed price, no finding', proposal: promo('d11', DISCOUNT_SPEC), expected: [] },
  ]);
});
