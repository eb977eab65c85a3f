import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/pricing/index.js';
import { COUPON, DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from './fixtures.js';

// Pricing scenarios written from SPEC section 5's semantics (hand-computed
// fen, half-up at every step), each one a wrong price or a missing finding
// found by the gate's red team.

const now = new Date('2026-11-01T00:00:00+08:00');

function promotion(name: string, body: string): string {
  return `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo, name: ${name}}\nspec:\n${body
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;
}

describe('time windows: the worst case is found at every instant the active set changes', () => {
  // A calendar flash sale (global, fixed 150.00) wins DRS-001 at the proposal's
  // start and ends at noon; from noon the proposal's 45% off applies with the
  // member price and the coupon. Only starts were instants: the afternoon was
  // never priced and the row showed 150.00.
  const FLASH = promotion(
    'flash-morning',
    `
type: flash_sale
status: approved
fixed_price: "150.00"
stock_cap: 100
window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-11T12:00:00+08:00"}
scope: {skus: [DRS-001]}
`,
  );
  const PROPOSAL = promotion(
    'deep-day',
    `
type: product_discount
percent_off: 45
window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
scope: {categories: [dresses]}
`,
  );
  const bundle = bundleOf({
    'p/demo/store.yaml': STORE,
    'p/demo/member-tiers.yaml': TIERS,
    'p/demo/promotion-policy.yaml': POLICY,
    'p/demo/promotions/flash.yaml': FLASH,
    'p/demo/promotions/coupon.yaml': COUPON,
  });
  const result = dryRun({ bundle, proposals: [proposalOf('p.yaml', PROPOSAL)], catalog: [DRS001], now });

  it('prices the afternoon, after the flash sale ended: svip 19900 -> 10945 -> 9851 -> worst 8861', () => {
    // 19900 x 55 / 100 = 10945; x 90% = 9850.5 -> 9851; coupon share round(9851 x 2000 / 19900) = 990 -> 8861
    const svip = result.prices.find((r) => r.tier === 'svip');
    expect(svip).toMatchObject({ single: 9851, worst: 8861, floor: 9450 });
  });

  it('and the row below the floor has its promotion/price-floor error', () => {
    const floor = result.diagnostics.filter((d) => d.code === 'promotion/price-floor');
    expect(floor.length).toBeGreaterThan(0);
    expect(floor.every((d) => d.severity === 'error')).toBe(true);
  });
});
