import { describe, expect, it } from 'vitest';
import { dryRun, explainPrice } from '../../src/pricing/index.js';
import { COUPON, DISCOUNT, DRS001, POLICY, STORE, THRESHOLD, TIERS, bundleOf, proposalOf } from './fixtures.js';

const bundle = bundleOf({
  'p/demo/store.yaml': STORE,
  'p/demo/member-tiers.yaml': TIERS,
  'p/demo/promotion-policy.yaml': POLICY,
  'p/demo/promotions/threshold.yaml': THRESHOLD,
  'p/demo/promotions/coupon.yaml': COUPON,
});
const now = new Date('2026-11-01T00:00:00+08:00');

describe('SPEC section 5 worked example', () => {
  const proposal = proposalOf('proposal.yaml', DISCOUNT);
  const result = dryRun({ bundle, proposals: [proposal], catalog: [DRS001], now });
  const svip = result.prices.find((r) => r.tier === 'svip');

  it('prices DRS-001 for svip exactly', () => {
    expect(svip).toMatchObject({
      promotion: 'double11-dresses',
      sku: 'DRS-001',
      list: 19900,
      single: 15224,
      worst: 11868,
      floor: 9450,
      floorBy: 'depth',
      baseline: 18900,
    });
    expect(svip?.steps).toEqual([
      { by: 'product_discount:double11-dresses', price: 16915 },
      { by: 'member_price:svip', price: 15224 },
    ]);
    expect(svip?.worstSteps).toEqual([
      { by: 'product_discount:double11-dresses', price: 16915 },
      { by: 'member_price:svip', price: 15224 },
      { by: 'threshold_reduction:double11-300-40', price: 13194 },
      { by: 'coupon:coupon-20', price: 11868 },
    ]);
  });

  it('prices every tier', () => {
    expect(result.prices.map((r) => [r.tier, r.single, r.worst])).toEqual([
      ['regular', 16915, 13187], // 16915 -> 14660 (x 260/300) -> 13187 (coupon share 1473),
      ['gold', 16069, 12526], // 16915 x 95% = 16069.25 -> 13926 -> 12526,
      ['svip', 15224, 11868],
    ]);
  });

  it('finds no price-floor error (11868 >= 9450)', () => {
    expect(result.diagnostics.filter((d) => d.code === 'promotion/price-floor')).toEqual([]);
  });

  it('reports the reference price 199.00 above the 7-day low 189.00', () => {
    const shown = proposalOf(
      'proposal.yaml',
      `${DISCOUNT}  display: {reference_price: "199.00"}\n`,
    );
    const found = dryRun({ bundle, proposals: [shown], catalog: [DRS001], now }).diagnostics.filter(
      (d) => d.code === 'promotion/reference-price',
    );
    expect(found).toMatchObject([{ severity: 'error', line: 9, column: 30, params: { reference: '199.00', baseline: '189.00' } }]);
  });

  it('explains the trace, including the order-class steps that did not apply to one unit', () => {
    const row = explainPrice({ bundle, proposals: [proposal], catalog: [DRS001], now, sku: 'DRS-001', tier: 'svip' });
    expect(row.steps).toEqual([
      { by: 'product_discount:double11-dresses', price: 16915 },
      { by: 'member_price:svip', price: 15224 },
      { by: 'threshold_reduction:double11-300-40', price: 15224, skipped: 'threshold-not-met' },
      { by: 'coupon:coupon-20', price: 15224, skipped: 'min-spend-not-met' },
    ]);
    expect(row.worst).toBe(11868);
  });
});
