import { describe, expect, it } from 'vitest';
import { interpolate } from '@storepolicy/schema';
import { dryRun } from '../../../src/pricing/index.js';
import { priceFloorCheck } from '../../../src/rules/promotion/price-floor.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';
import { NOW, at, promo, table } from './_harness.js';

const spec = (pct: number) => `  type: product_discount
  percent_off: ${pct}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`;
const threshold = promo('t', `  type: threshold_reduction
  status: approved
  threshold: {spend: 100, off: 30}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满100减30}
`);
const marginPolicy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {max_depth: 60, min_margin: 80}
`;
const deep = promo('deep', spec(40));

describe('promotion/price-floor', () => {
  table('promotion/price-floor', [
    { name: 'the worked example stays above its floor 94.50', proposal: promo('ok', spec(15)), expected: [] },
    {
      // 19900 x 60% = 11940 -> svip 10746 -> x 70/100 = 7522 < floor 9450 (depth)
      name: '40% off stacked with 30 off 100 falls below the depth floor',
      proposal: deep,
      files: { 'promotions/t.yaml': threshold },
      // one finding per row below the floor: regular 8358, gold 7940, svip 7522
      expected: Array(3).fill({ code: 'promotion/price-floor', severity: 'error', ...at(deep, '40'), messageId: 'promotion/price-floor.depth' }),
    },
    {
      // floor = max(ceil(8000 x 180%) = 14400, ceil(18900 x 40%) = 7560); svip 16915 x 90% = 15224 passes, but regular 16915 > 14400 passes too
      name: 'a high margin requirement alone is met by 15% off (15224 >= 14400)',
      proposal: promo('m', spec(15)),
      files: { 'promotion-policy.yaml': marginPolicy },
      expected: [],
    },
    {
      name: '40% off with an 80% margin falls below the margin floor (svip 10746 < 14400)',
      proposal: deep,
      files: { 'promotion-policy.yaml': marginPolicy },
      // regular 11940, gold 11343 and svip 10746 are all under 14400
      expected: Array(3).fill({ code: 'promotion/price-floor', severity: 'error', ...at(deep, '40'), messageId: 'promotion/price-floor.margin' }),
    },
  ]);
});

describe('promotion/price-floor: every row below the floor has a finding (SPEC section 9)', () => {
  const bundleWith = (files: Record<string, string>) =>
    bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY, ...files });
  const now = new Date(NOW);
  const deepCalendar = promo('deep-calendar', `  type: product_discount
  status: approved
  percent_off: 40
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
`);
  const shipping = promo('ship', `  type: free_shipping
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`);

  it('a proposal that lowers nothing beside a calendar that stacks too deep still gets one finding per row (stack)', () => {
    const bundle = bundleWith({ 'p/demo/promotions/deep.yaml': deepCalendar, 'p/demo/promotions/t.yaml': threshold });
    const { prices, diagnostics } = dryRun({ bundle, proposals: [proposalOf('ship.yaml', shipping)], catalog: [DRS001], now });
    const below = prices.filter((r) => r.worst < r.floor);
    expect(below.map((r) => r.tier)).toEqual(['regular', 'gold', 'svip']);
    const found = diagnostics.filter((d) => d.code === 'promotion/price-floor');
    expect(found.map((d) => [d.messageId, d.params.tier, d.file])).toEqual(
      below.map((r) => ['promotion/price-floor.stack', r.tier, 'ship.yaml']),
    );
    expect(found[0]!.params.causes).toBe('deep-calendar + t');
    // the promotions that lower the price, then the policy line of the limit that binds
    expect(found[0]!.related.map((r) => r.file)).toEqual(['p/demo/promotions/deep.yaml', 'p/demo/promotions/t.yaml', 'p/demo/promotion-policy.yaml']);
  });

  it('a gift counted in the margin raises the cost the row carries, and the message names it', () => {
    const giftPolicy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {max_depth: 50, min_margin: 10, gift_counts_in_margin: true}
`;
    const gift = promo('clip', `  type: gift
  status: approved
  gift: {sku: CLIP, name: {zh: 发夹}, quantity: 1, value: 100}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
`);
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': giftPolicy, 'p/demo/promotions/gift.yaml': gift });
    const proposal = proposalOf('p.yaml', promo('p', spec(15)));
    const { prices, diagnostics } = dryRun({ bundle, proposals: [proposal], catalog: [DRS001], now });
    // floor = ceil(8000 x 110%) + 10000 = 18800; cost 8000 + 10000 = 18000
    expect(prices.map((r) => [r.tier, r.cost, r.floor, r.floorBy])).toEqual([
      ['regular', 18000, 18800, 'margin'],
      ['gold', 18000, 18800, 'margin'],
      ['svip', 18000, 18800, 'margin'],
    ]);
    const found = diagnostics.filter((d) => d.code === 'promotion/price-floor');
    expect(found).toHaveLength(3);
    expect(found[0]).toMatchObject({ messageId: 'promotion/price-floor.marginGift', params: { cost: '180.00', unitCost: '80.00', gifts: '100.00' } });
  });

  it("counts a tier's birthday coupon in the worst case as a coupon (hole 7), not in the single-unit price", () => {
    const tiers = TIERS.replace('benefits: {price_percent: 90}', 'benefits: {price_percent: 90, birthday_coupon: 50}');
    const bundle = bundleWith({ 'p/demo/member-tiers.yaml': tiers, 'p/demo/promotions/t.yaml': threshold });
    const { prices, diagnostics } = dryRun({ bundle, proposals: [proposalOf('p.yaml', promo('p', spec(15)))], catalog: [DRS001], now });
    const svip = prices.find((r) => r.tier === 'svip')!;
    // 19900 -> 16915 -> 15224; single: the threshold of 100.00 is met, 15224 - 3000 = 12224;
    // worst 15224 x 70/100 = 10657 -> birthday coupon 50 with no minimum: 5657 < floor 9450
    expect(svip).toMatchObject({ single: 12224, worst: 5657, floor: 9450 });
    expect(svip.worstSteps?.at(-1)).toEqual({ by: 'birthday_coupon:svip', price: 5657 });
    expect(svip.promotions).toContain('birthday_coupon:svip');
    const found = diagnostics.filter((d) => d.code === 'promotion/price-floor');
    expect(found.map((d) => d.params.tier)).toEqual(['svip']);
  });

  it('a birthday coupon with a minimum spend counts only its worst-basket share', () => {
    const tiers = TIERS.replace('benefits: {price_percent: 90}', 'benefits: {price_percent: 90, birthday_coupon: 50, birthday_coupon_min_spend: 1000}');
    const bundle = bundleWith({ 'p/demo/member-tiers.yaml': tiers });
    const { prices } = dryRun({ bundle, proposals: [proposalOf('p.yaml', promo('p', spec(15)))], catalog: [DRS001], now });
    // 15224 - round(15224 x 5000 / 100000) = 15224 - 761 = 14463
    expect(prices.find((r) => r.tier === 'svip')).toMatchObject({ single: 15224, worst: 14463 });
  });

  it('a flash sale keeps the birthday coupon out, as it keeps every coupon out', () => {
    const tiers = TIERS.replace('benefits: {price_percent: 90}', 'benefits: {price_percent: 90, birthday_coupon: 50}');
    const bundle = bundleWith({ 'p/demo/member-tiers.yaml': tiers });
    const flash = promo('f', `  type: flash_sale
  fixed_price: 120
  stock_cap: 10
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {skus: [DRS-001]}
`);
    const { prices } = dryRun({ bundle, proposals: [proposalOf('f.yaml', flash)], catalog: [DRS001], now });
    expect(prices.find((r) => r.tier === 'svip')).toMatchObject({ single: 12000, worst: 12000 });
  });
});

describe('promotion/price-floor: each proposal is judged from its own 7 days', () => {
  it('in a run of two proposals starting on different days, a row takes the baseline of the proposal that labels it', () => {
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY });
    const tops = { sku: 'TOP-001', category: 'tops', list: 9900, cost: 3000, history: [{ date: '2026-11-05', list: 9900, transaction: 9900 }] };
    const early = proposalOf('a.yaml', promo('tops-early', `  type: product_discount
  percent_off: 10
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {skus: [TOP-001]}
`));
    const late = proposalOf('b.yaml', promo('dress-late', `  type: product_discount
  percent_off: 10
  window: {start: "2026-11-14T00:00:00+08:00", end: "2026-11-15T00:00:00+08:00"}
  scope: {skus: [DRS-001]}
`));
    const { prices } = dryRun({ bundle, proposals: [early, late], catalog: [DRS001, tops], now: new Date(NOW) });
    // DRS-001's 7 days before 14 Nov (7-13 Nov) hold only the 19500 sale of 8 Nov, not the 18900 of 5 Nov
    expect(prices.find((r) => r.sku === 'DRS-001' && r.tier === 'regular')).toMatchObject({ promotion: 'dress-late', baseline: 19500, floor: 9750 });
  });
});

describe('promotion/price-floor: says "loses money" only when it does', () => {
  const policy = (minMargin: number) =>
    `apiVersion: storepolicy/v1\nkind: PromotionPolicy\nmetadata: {store: demo, name: promotion-policy}\nspec:\n  limits: {max_depth: 90, min_margin: ${minMargin}}\n`;
  const run = (pct: number, minMargin: number) => {
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': policy(minMargin) });
    const { diagnostics } = dryRun({ bundle, proposals: [proposalOf('proposal.yaml', promo('d', spec(pct)))], catalog: [DRS001], now: new Date(NOW) });
    const meta = priceFloorCheck.meta.messages.margin!.message;
    return diagnostics
      .filter((d) => d.messageId === 'promotion/price-floor.margin')
      .map((d) => [d.params.tier, interpolate(meta.en, d.params), interpolate(meta.zh, d.params, 'zh')]);
  };

  it('above cost but under the margin floor: no loss claimed (svip 107.46 > cost 80.00 < floor 144.00)', () => {
    const found = run(40, 80);
    expect(found.length).toBeGreaterThan(0);
    for (const [, en, zh] of found) {
      expect(en).not.toContain('loses money');
      expect(en).toMatch(/minimum margin of 80%$/);
      expect(zh).not.toContain('亏钱');
    }
  });

  it('below the cost itself: the loss is said (90% off: svip 17.91 < cost 80.00)', () => {
    const found = run(90, 10);
    expect(found.length).toBeGreaterThan(0);
    for (const [, en, zh] of found) {
      expect(en).toContain(': below the cost itself, so the store loses money on each unit');
      expect(zh).toContain('每卖一件都亏钱');
    }
  });
});
