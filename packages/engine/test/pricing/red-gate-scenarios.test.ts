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

const BASE = { 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY };
const NOV11 = 'window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}';

/** Rows of one dry-run as [tier, single, worst], and its price-floor findings' count. */
function priced(files: Record<string, string>, proposal: string, catalog = [DRS001]) {
  const result = dryRun({ bundle: bundleOf({ ...BASE, ...files }), proposals: [proposalOf('p.yaml', proposal)], catalog, now });
  return {
    rows: result.prices.map((r) => [r.tier, r.single, r.worst]),
    floors: result.diagnostics.filter((d) => d.code === 'promotion/price-floor').length,
    result,
  };
}

describe('the worst case is the lowest price any buyer can reach: an order-class lever is the buyer\'s to use', () => {
  it('a globally exclusive 满减 does not hide a coupon (and the member price) a buyer takes instead', () => {
    // Calendar: 100 off 300, exclusive global. Proposal: 90 off, no minimum spend.
    const threshold = promotion('t300-100', `type: threshold_reduction\nstatus: approved\nthreshold: {spend: 300, off: 100}\nexclusive: global\n${NOV11}\nscope: {all: true}\nterms: {zh: 满300减100}`);
    const coupon = promotion('c90', `type: coupon\ncoupon: {amount: 90, min_spend: 0}\n${NOV11}\nscope: {categories: [dresses]}\nterms: {zh: 无门槛90元券}`);
    const { rows, floors } = priced({ 'p/demo/promotions/t.yaml': threshold }, coupon);
    // With the 满减 (it keeps the member price and the coupon out): worst round(19900 x 200 / 300) = 13267.
    // Without it: regular 19900 - 9000 = 10900; gold 18905 - 9000 = 9905; svip 17910 - 9000 = 8910, each one unit and worst.
    expect(rows).toEqual([
      ['regular', 10900, 10900],
      ['gold', 9905, 9905],
      ['svip', 8910, 8910],
    ]);
    // floor max(ceil(8000 x 110%), ceil(18900 x 50%)) = 9450: svip's 8910 is below it
    expect(floors).toBe(1);
  });

  it('a class-exclusive store coupon does not hide a deeper birthday coupon', () => {
    const tiers = TIERS.replace('benefits: {price_percent: 90}', 'benefits: {price_percent: 90, birthday_coupon: 100}');
    const policy = `${POLICY}  stacking:\n    coupon: {exclusive: class}\n`;
    const discount = promotion('d15', `type: product_discount\npercent_off: 15\n${NOV11}\nscope: {categories: [dresses]}`);
    const { rows, floors, result } = priced({ 'p/demo/member-tiers.yaml': tiers, 'p/demo/promotion-policy.yaml': policy, 'p/demo/promotions/c.yaml': COUPON }, discount);
    // svip: 19900 -> 16915 -> 15224; the store's 20-off-199 coupon: share round(15224 x 2000 / 19900) = 1530 -> 13694;
    // the birthday coupon instead (100 off, no minimum): 15224 - 10000 = 5224.
    expect(rows.find((r) => r[0] === 'svip')).toEqual(['svip', 15224, 5224]);
    const svip = result.prices.find((r) => r.tier === 'svip')!;
    expect(svip.promotions).toEqual(['d15', 'birthday_coupon:svip']);
    expect(floors).toBe(1);
  });

  it('without a conflict nothing changes: the SPEC worked example keeps its one plan', () => {
    const { rows } = priced({ 'p/demo/promotions/c.yaml': COUPON }, promotion('d15', `type: product_discount\npercent_off: 15\n${NOV11}\nscope: {categories: [dresses]}`));
    // coupon share round(16915 x 2000 / 19900) = 1700 -> 15215; gold 16069 -> 14454; svip 15224 -> 13694
    expect(rows).toEqual([
      ['regular', 16915, 15215],
      ['gold', 16069, 14454],
      ['svip', 15224, 13694],
    ]);
  });
});

describe('SPEC section 5 step by step, hand-computed', () => {
  const item = (sku: string, list: number, cost: number) => ({
    sku,
    category: 'dresses',
    list,
    cost,
    history: [{ date: '2026-11-06', list, transaction: list }],
  });

  it('half-up at every step: 333 x 50% = 166.5 -> 167; x 95% = 158.65 -> 159; x 90% = 150.3 -> 150', () => {
    const { rows } = priced({}, promotion('half', `type: product_discount\npercent_off: 50\n${NOV11}\nscope: {categories: [dresses]}`), [item('X', 333, 100)]);
    expect(rows).toEqual([
      ['regular', 167, 167],
      ['gold', 159, 159],
      ['svip', 150, 150],
    ]);
  });

  it('an amount off above the price stops at 0, and a coupon never takes it below 0', () => {
    const { rows, floors } = priced({ 'p/demo/promotions/c.yaml': COUPON }, promotion('all-off', `type: product_discount\namount_off: 250\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(rows).toEqual([
      ['regular', 0, 0],
      ['gold', 0, 0],
      ['svip', 0, 0],
    ]);
    expect(floors).toBe(3);
  });

  it('a repeating 满减 with a cap: 40 off every 300, at most 60', () => {
    const t = promotion('every300', `type: threshold_reduction\nthreshold: {spend: 300, off: 40, repeat: true, cap: 60}\n${NOV11}\nscope: {categories: [dresses]}\nterms: {zh: 每满300减40，最多减60}`);
    const { rows } = priced({}, t, [item('BIG', 99900, 10000)]);
    // regular: floor(99900 / 30000) x 4000 = 12000, capped 6000 -> 93900; worst round(99900 x 26000 / 30000) = 86580
    // gold 94905 -> 88905 / round(94905 x 26000 / 30000) = 82251; svip 89910 -> 83910 / 77922
    expect(rows).toEqual([
      ['regular', 93900, 86580],
      ['gold', 88905, 82251],
      ['svip', 83910, 77922],
    ]);
  });

  it('a cap below the step bounds the worst case too: 40 off 300 capped at 30', () => {
    const t = promotion('capped', `type: threshold_reduction\nthreshold: {spend: 300, off: 40, repeat: true, cap: 30}\n${NOV11}\nscope: {categories: [dresses]}\nterms: {zh: 每满300减40，最多减30}`);
    const { rows } = priced({}, t, [item('BIG', 99900, 10000)]);
    // regular 99900 - 3000 = 96900; worst round(99900 x 27000 / 30000) = 89910
    expect(rows[0]).toEqual(['regular', 96900, 89910]);
  });

  it('flash_sale is global by default: no member price, no coupon, even at a price above the discount', () => {
    const flash = promotion('flash', `type: flash_sale\nfixed_price: "180.00"\nstock_cap: 10\n${NOV11}\nscope: {skus: [DRS-001]}`);
    const { rows } = priced({ 'p/demo/promotions/c.yaml': COUPON }, flash);
    expect(rows).toEqual([
      ['regular', 18000, 18000],
      ['gold', 18000, 18000],
      ['svip', 18000, 18000],
    ]);
  });

  it('tie-break: same priority, the lower price wins; same price, the lexically smaller id', () => {
    const a = promotion('b-deeper', `type: product_discount\npercent_off: 20\nstatus: approved\n${NOV11}\nscope: {categories: [dresses]}`);
    const { result } = priced({ 'p/demo/promotions/a.yaml': a }, promotion('a-shallow', `type: product_discount\npercent_off: 10\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(result.prices[0]).toMatchObject({ tier: 'regular', single: 15920 });
    expect(result.prices[0]!.promotions).toEqual(['b-deeper']);
    const same = promotion('b-same', `type: product_discount\npercent_off: 10\nstatus: approved\n${NOV11}\nscope: {categories: [dresses]}`);
    const tie = priced({ 'p/demo/promotions/a.yaml': same }, promotion('a-same', `type: product_discount\npercent_off: 10\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(tie.result.prices[0]!.promotions).toEqual(['a-same']);
  });

  it('a window ending at the instant another starts does not overlap it, whatever the offsets say', () => {
    // The coupon ends at 2026-11-11T00:00+08:00 = 2026-11-10T11:00-05:00, where the proposal starts.
    const coupon = promotion('c-early', `type: coupon\nstatus: approved\ncoupon: {amount: 20, min_spend: 0}\nwindow: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-11T00:00:00+08:00"}\nscope: {all: true}\nterms: {zh: 无门槛20元}`);
    const d = promotion('d15', `type: product_discount\npercent_off: 15\nwindow: {start: "2026-11-10T11:00:00-05:00", end: "2026-11-11T11:00:00-05:00"}\nscope: {categories: [dresses]}`);
    const { rows } = priced({ 'p/demo/promotions/c.yaml': coupon }, d);
    expect(rows[0]).toEqual(['regular', 16915, 16915]);
    // one minute earlier, the coupon is live: 16915 - 2000 = 14915
    const early = priced({ 'p/demo/promotions/c.yaml': coupon }, d.replace('2026-11-10T11:00:00-05:00', '2026-11-10T10:59:00-05:00'));
    expect(early.rows[0]).toEqual(['regular', 14915, 14915]);
  });

  it('a gift counted in the margin raises the floor by its stated value x quantity', () => {
    const policy = POLICY.replace('min_margin: 10', 'min_margin: 10\n    gift_counts_in_margin: true');
    const gift = promotion('g', `type: gift\nstatus: approved\ngift: {sku: GIFT-1, name: {zh: 发夹}, quantity: 2, value: 30}\n${NOV11}\nscope: {all: true}`);
    const { result } = priced({ 'p/demo/promotion-policy.yaml': policy, 'p/demo/promotions/g.yaml': gift }, promotion('d15', `type: product_discount\npercent_off: 15\n${NOV11}\nscope: {categories: [dresses]}`));
    // margin floor ceil(8000 x 110%) + 2 x 3000 = 14800 > depth 9450; cost shown 8000 + 6000
    expect(result.prices[0]).toMatchObject({ tier: 'regular', floor: 14800, cost: 14000 });
  });
});

describe('type confusion in money: an amount the schema accepts is priced, never dropped', () => {
  it('amount_off: 1e21 takes the price to 0 (it was read as no amount: list price, no finding)', () => {
    const { rows, floors } = priced({}, promotion('huge', `type: product_discount\namount_off: 1e21\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(rows).toEqual([
      ['regular', 0, 0],
      ['gold', 0, 0],
      ['svip', 0, 0],
    ]);
    expect(floors).toBe(3);
  });

  it('a coupon of 1e21 yuan is a coupon: the worst case goes to 0', () => {
    const { rows } = priced({}, promotion('huge-coupon', `type: coupon\ncoupon: {amount: 1e21, min_spend: 0}\n${NOV11}\nscope: {categories: [dresses]}\nterms: {zh: x}`));
    expect(rows[0]).toEqual(['regular', 0, 0]);
  });
});

describe('a fixed price above the list price', () => {
  it('is priced as the SPEC says (p1 = f) and refused as a false discount (promotion/price-raised-before, at fixed_price)', () => {
    const { rows, result } = priced({}, promotion('up', `type: product_discount\nfixed_price: 250\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(rows[0]).toEqual(['regular', 25000, 25000]);
    const raised = result.diagnostics.filter((d) => d.code === 'promotion/price-raised-before');
    expect(raised.map((d) => [d.severity, d.messageId, d.pointer, d.line, d.params.price, d.params.list])).toEqual([
      ['error', 'promotion/price-raised-before.aboveList', '/spec/fixed_price', 6, '250.00', '199.00'],
    ]);
  });

  it('a fixed price at the list price is no finding', () => {
    const { result } = priced({}, promotion('same', `type: product_discount\nfixed_price: 199\n${NOV11}\nscope: {categories: [dresses]}`));
    expect(result.diagnostics.filter((d) => d.code === 'promotion/price-raised-before')).toEqual([]);
  });
});
