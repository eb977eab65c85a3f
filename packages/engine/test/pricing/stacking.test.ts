import { describe, expect, it } from 'vitest';
import { PricingInputError, dryRun, explainPrice } from '../../src/pricing/index.js';
import { COUPON, DISCOUNT, DRS001, POLICY, STORE, THRESHOLD, TIERS, bundleOf, proposalOf } from './fixtures.js';

const now = new Date('2026-11-01T00:00:00+08:00');
const promo = (name: string, spec: string) => `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo, name: ${name}}\nspec:\n${spec}`;
const DAY = 'window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}';
const base = { 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY };
const svip = <T extends { tier: string }>(rows: T[]): T | undefined => rows.find((r) => r.tier === 'svip');

describe('stacking in the price', () => {
  it('a flash sale (global) keeps member price, threshold and coupon out', () => {
    const bundle = bundleOf({ ...base, 'p/demo/promotions/t.yaml': THRESHOLD, 'p/demo/promotions/c.yaml': COUPON });
    const flash = proposalOf('f.yaml', promo('flash', `  type: flash_sale\n  fixed_price: 150\n  stock_cap: 10\n  ${DAY}\n  scope: {skus: [DRS-001]}\n`));
    const row = svip(dryRun({ bundle, proposals: [flash], catalog: [DRS001], now }).prices);
    expect(row).toMatchObject({ single: 15000, worst: 15000, promotions: ['flash'] });
    expect(row?.steps).toEqual([{ by: 'flash_sale:flash', price: 15000 }]);
  });

  it('the higher-priority product promotion wins (flash sale over product discount)', () => {
    const flash = promo('flash', `  type: flash_sale\n  status: approved\n  fixed_price: 180\n  stock_cap: 10\n  ${DAY}\n  scope: {skus: [DRS-001]}\n`);
    const bundle = bundleOf({ ...base, 'p/demo/promotions/f.yaml': flash });
    const row = svip(dryRun({ bundle, proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now }).prices);
    // 180.00 although 15% off x 90% would be 152.24: priority, not price, picks the winner
    expect(row).toMatchObject({ single: 18000, worst: 18000, promotions: ['flash'] });
  });

  it('between two of the same type the lower price wins, then the smaller id', () => {
    const other = promo('a-discount', `  type: product_discount\n  status: approved\n  percent_off: 15\n  ${DAY}\n  scope: {all: true}\n`);
    const deeper = promo('z-discount', `  type: product_discount\n  status: approved\n  percent_off: 20\n  ${DAY}\n  scope: {all: true}\n`);
    const tie = dryRun({ bundle: bundleOf({ ...base, 'p/demo/promotions/a.yaml': other }), proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now });
    expect(svip(tie.prices)?.steps[0]?.by).toBe('product_discount:a-discount');
    const lower = dryRun({ bundle: bundleOf({ ...base, 'p/demo/promotions/z.yaml': deeper }), proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now });
    expect(svip(lower.prices)?.steps[0]).toEqual({ by: 'product_discount:z-discount', price: 15920 });
  });

  it('takes the lowest worst case over the instants inside the window', () => {
    // the coupon only starts at noon: before noon the worst case is 13194, after it 11868
    const noon = COUPON.replace('2026-11-01T00:00:00+08:00', '2026-11-11T12:00:00+08:00');
    const bundle = bundleOf({ ...base, 'p/demo/promotions/t.yaml': THRESHOLD, 'p/demo/promotions/c.yaml': noon });
    expect(svip(dryRun({ bundle, proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now }).prices)?.worst).toBe(11868);
  });

  it('only approved promotions are the calendar: a draft in promotions/ does not stack', () => {
    const draft = COUPON.replace('  status: approved\n', '  status: proposed\n');
    const bundle = bundleOf({ ...base, 'p/demo/promotions/t.yaml': THRESHOLD, 'p/demo/promotions/c.yaml': draft });
    expect(svip(dryRun({ bundle, proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now }).prices)?.worst).toBe(13194);
  });

  it('member price is left out when its stacking rule refuses the product class', () => {
    const policy = `${POLICY}  stacking:\n    member_price: {combines_with: [order, shipping, gift]}\n    product_discount: {combines_with: [order, shipping, gift, product]}\n    time_limited_discount: {combines_with: [order, shipping, gift, product]}\n    flash_sale: {combines_with: [order, shipping, gift, product]}\n`;
    const bundle = bundleOf({ ...base, 'p/demo/promotion-policy.yaml': policy });
    const row = explainPrice({ bundle, proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now, sku: 'DRS-001', tier: 'svip' });
    expect(row).toMatchObject({ single: 16915, worst: 16915 });
  });

  it('with gift_counts_in_margin, a gift\'s stated value raises the margin floor', () => {
    const gift = promo('clip', `  type: gift\n  status: approved\n  gift: {sku: ACC-1, name: {zh: 发夹}, quantity: 2, value: 30}\n  ${DAY}\n  scope: {all: true}\n  terms: {zh: 赠发夹}\n`);
    const policy = POLICY.replace('min_margin: 10', 'min_margin: 10\n    gift_counts_in_margin: true');
    const bundle = bundleOf({ ...base, 'p/demo/promotion-policy.yaml': policy, 'p/demo/promotions/g.yaml': gift });
    const row = svip(dryRun({ bundle, proposals: [proposalOf('d.yaml', DISCOUNT)], catalog: [DRS001], now }).prices);
    // margin floor ceil(8000 x 110%) + 2 x 3000 = 14800 now binds over the depth floor 9450
    expect(row).toMatchObject({ floor: 14800, floorBy: 'margin', worst: 15224 });
  });

  it('a tier outside the proposal gets no row', () => {
    const gold = proposalOf('d.yaml', `${DISCOUNT}  tiers: [gold]\n`);
    const rows = dryRun({ bundle: bundleOf(base), proposals: [gold], catalog: [DRS001], now }).prices;
    expect(rows.map((r) => r.tier)).toEqual(['gold']);
  });
});

describe('dry-run inputs', () => {
  const bundle = bundleOf({ ...base, 'p/demo/promotions/t.yaml': THRESHOLD, 'p/demo/promotions/c.yaml': COUPON });
  const proposals = [proposalOf('d.yaml', DISCOUNT)];

  it('refuses an unknown tier or SKU filter instead of printing an empty table', () => {
    expect(() => dryRun({ bundle, proposals, catalog: [DRS001], now, tiers: ['platinum'] })).toThrow(PricingInputError);
    expect(() => dryRun({ bundle, proposals, catalog: [DRS001], now, skus: ['NOPE'] })).toThrow(/not in the catalogue/);
  });

  it('explains a calendar promotion by id', () => {
    const row = explainPrice({ bundle, proposals, catalog: [DRS001], now, sku: 'DRS-001', tier: 'svip', promotion: 'coupon-20' });
    expect(row).toMatchObject({ promotion: 'coupon-20', single: 15224, worst: 11868 });
  });

  it('explains why a promotion was left out', () => {
    const flash = promo('flash', `  type: flash_sale\n  status: approved\n  fixed_price: 150\n  stock_cap: 10\n  ${DAY}\n  scope: {skus: [DRS-001]}\n`);
    const withFlash = bundleOf({ ...base, 'p/demo/promotions/c.yaml': COUPON, 'p/demo/promotions/f.yaml': flash });
    const row = explainPrice({ bundle: withFlash, proposals, catalog: [DRS001], now, sku: 'DRS-001', tier: 'svip' });
    expect(row.excluded).toEqual([
      { promotion: 'double11-dresses', reason: 'lost', by: 'flash' },
      { promotion: 'coupon-20', reason: 'global-exclusive', by: 'flash' },
    ]);
  });

  it('refuses to explain a SKU that is not in the catalogue', () => {
    expect(() => explainPrice({ bundle, proposals, catalog: [DRS001], now, sku: 'X', tier: 'svip' })).toThrow(PricingInputError);
  });
});
