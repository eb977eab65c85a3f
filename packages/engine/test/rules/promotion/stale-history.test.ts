import { describe, expect, it } from 'vitest';
import { requiredHistoryDays } from '../../../src/rules/promotion/stale-history.js';
import type { CatalogItem } from '../../../src/pricing/types.js';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

/** Daily rows for DRS-001 from `from` to `to` (inclusive), list 199.00, sold at 189.00. */
function daily(from: string, to: string): CatalogItem['history'] {
  const rows: CatalogItem['history'] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d = new Date(d.getTime() + 86_400_000)) {
    rows.push({ date: d.toISOString().slice(0, 10), list: 19900, transaction: 18900 });
  }
  return rows;
}
const item = (history: CatalogItem['history']): CatalogItem => ({ sku: 'DRS-001', category: 'dresses', list: 19900, cost: 8000, history });
const proposal = promo('p', DISCOUNT_SPEC);
const start = at(proposal, '"2026-11-11', 0);
const finding = { code: 'promotion/stale-history', severity: 'error' as const, ...start };

describe('promotion/stale-history', () => {
  // DISCOUNT_SPEC starts 2026-11-11 (+08:00): the 7 days are 2026-11-04 .. 2026-11-10
  table('promotion/stale-history', [
    { name: 'a full 7 days before the start passes', proposal, catalog: [item(daily('2026-10-01', '2026-11-10'))], now: '2026-11-11T00:00:00+08:00', expected: [] },
    { name: 'a history that ends weeks before the start is refused (hole 8)', proposal, catalog: [item(daily('2026-09-01', '2026-10-15'))], now: '2026-11-11T00:00:00+08:00', expected: [finding] },
    { name: 'one missing day inside the 7 is refused', proposal, catalog: [item([...daily('2026-10-01', '2026-11-06'), ...daily('2026-11-08', '2026-11-10')])], now: '2026-11-11T00:00:00+08:00', expected: [finding] },
    { name: 'no history at all is refused', proposal, catalog: [item([])], now: '2026-11-11T00:00:00+08:00', expected: [finding] },
    { name: 'checked 3 days ahead, a history up to yesterday passes', proposal, catalog: [item(daily('2026-10-01', '2026-11-07'))], now: '2026-11-08T09:00:00+08:00', expected: [] },
    { name: 'checked 3 days ahead, a history ending 3 days earlier is refused', proposal, catalog: [item(daily('2026-10-01', '2026-11-04'))], now: '2026-11-08T09:00:00+08:00', expected: [finding] },
    { name: 'checked 10 days ahead, a history up to yesterday passes', proposal, catalog: [item(daily('2026-10-01', '2026-10-31'))], now: '2026-11-01T09:00:00+08:00', expected: [] },
    { name: 'checked 10 days ahead, a history ending a week ago is refused', proposal, catalog: [item(daily('2026-10-01', '2026-10-24'))], now: '2026-11-01T09:00:00+08:00', expected: [finding] },
  ]);

  it('needs the 7 days before the start, or the part of them before today', () => {
    expect(requiredHistoryDays('2026-11-11', '2026-11-20')).toEqual(['2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-10']);
    expect(requiredHistoryDays('2026-11-11', '2026-11-07')).toEqual(['2026-11-04', '2026-11-05', '2026-11-06']);
    expect(requiredHistoryDays('2026-11-11', '2026-11-01')).toEqual(['2026-10-31']);
  });
});
