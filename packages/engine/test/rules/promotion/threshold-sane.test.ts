import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../src/pricing/index.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';
import { NOW, at, promo, table } from './_harness.js';

const threshold = (t: string) =>
  promo('t', `  type: threshold_reduction
  threshold: ${t}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满减}
`);
const zero = threshold('{spend: 0, off: 150}');
const zeroText = threshold('{spend: "0.00", off: 150}');
const equal = threshold('{spend: 100, off: 100}');
const above = threshold('{spend: 100, off: "100.01"}');

describe('promotion/threshold-sane', () => {
  table('promotion/threshold-sane', [
    { name: 'spend 300 off 40 passes', proposal: threshold('{spend: 300, off: 40, repeat: true}'), expected: [] },
    { name: 'spend 0 is refused at the spend', proposal: zero, expected: [{ code: 'promotion/threshold-sane', severity: 'error', ...at(zero, '0, off'), messageId: 'promotion/threshold-sane.zeroSpend' }] },
    { name: 'spend "0.00" as text is refused too', proposal: zeroText, expected: [{ code: 'promotion/threshold-sane', severity: 'error', ...at(zeroText, '"0.00"') }] },
    { name: 'off equal to the spend is refused at the off', proposal: equal, expected: [{ code: 'promotion/threshold-sane', severity: 'error', ...at(equal, '100}'), messageId: 'promotion/threshold-sane.offNotBelowSpend' }] },
    { name: 'off above the spend is refused', proposal: above, expected: [{ code: 'promotion/threshold-sane', severity: 'error', ...at(above, '"100.01"') }] },
    { name: 'off 99.99 under spend 100 passes', proposal: threshold('{spend: 100, off: 99.99}'), expected: [] },
  ]);

  it('prices spend 0 off 150 as 150 off every order, not as no reduction (hole 7)', () => {
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY });
    const { prices, diagnostics } = dryRun({ bundle, proposals: [proposalOf('t.yaml', zero)], catalog: [DRS001], now: new Date(NOW) });
    // regular: 19900 - 15000 = 4900, both for one unit and in the worst case; floor 9450
    expect(prices.find((r) => r.tier === 'regular')).toMatchObject({ single: 4900, worst: 4900, floor: 9450 });
    expect(diagnostics.filter((d) => d.code === 'promotion/price-floor').length).toBe(3);
  });
});
