import { describe, expect, it } from 'vitest';
import { compilePromotion } from '../../../src/pricing/compile.js';
import { dryRun, resolvePolicy, type CatalogItem, type PriceRow } from '../../../src/pricing/index.js';
import { rules } from '../../../src/rules/promotion-policy/index.js';
import { tierInversionCheck } from '../../../src/rules/promotion/tier-inversion.js';
import { runPolicyRules } from '../../../src/runner.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';
import { DISCOUNT_SPEC, NOW, at, promo, table } from './_harness.js';

// DRS-001 (list 199.00) at 15% off: regular 169.15, gold 95% 160.69, svip 90% 152.24.
const discount = promo('d', DISCOUNT_SPEC);
const WINDOW = 'window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}';
const threshold = (spend: number) =>
  promo('t', `  type: threshold_reduction\n  status: approved\n  threshold: {spend: ${spend}, off: 20}\n  ${WINDOW}\n  scope: {all: true}\n  terms: {zh: 满${spend}减20}\n`);
const coupon = (minSpend: number, tiers = '') =>
  promo('c', `  type: coupon\n  status: approved\n  coupon: {amount: 20, min_spend: ${minSpend}}\n  ${WINDOW}\n  scope: {all: true}\n${tiers}  terms: {zh: 满${minSpend}减20}\n`);
const severity = (value: string) => `${POLICY}  tier_inversion: ${value}\n`;

const inverted = (messageId: string, severityName: 'error' | 'warning' = 'error') => ({
  code: 'promotion/tier-inversion',
  severity: severityName,
  ...at(discount, '15'),
  messageId: `promotion/tier-inversion.${messageId}`,
});

describe('promotion/tier-inversion', () => {
  table('promotion/tier-inversion', [
    { name: 'a plain discount keeps every higher tier cheaper', proposal: discount, expected: [] },
    {
      // regular 169.15 reaches 165 -> 149.15; gold 160.69 and svip 152.24 miss it
      name: 'a threshold the member prices miss: gold and svip pay more than regular',
      proposal: discount,
      files: { 'promotions/t.yaml': threshold(165) },
      expected: [inverted('threshold'), inverted('threshold')],
    },
    {
      name: 'a threshold every tier reaches inverts nothing',
      proposal: discount,
      files: { 'promotions/t.yaml': threshold(150) },
      expected: [],
    },
    {
      // gold 160.69 reaches 155 -> 140.69; svip 152.24 misses it and pays more than gold
      name: 'a coupon minimum between gold and svip: svip pays more than gold',
      proposal: discount,
      files: { 'promotions/c.yaml': coupon(155) },
      expected: [inverted('min-spend')],
    },
    {
      name: 'a coupon for regular members only: gold and svip pay more',
      proposal: discount,
      files: { 'promotions/c.yaml': coupon(0, '  tiers: [regular]\n') },
      expected: [inverted('not-applied'), inverted('not-applied')],
    },
    {
      name: 'tier_inversion: warning reports at warning',
      proposal: discount,
      files: { 'promotions/t.yaml': threshold(165), 'promotion-policy.yaml': severity('warning') },
      expected: [inverted('threshold', 'warning'), inverted('threshold', 'warning')],
    },
    {
      name: 'tier_inversion: off reports nothing',
      proposal: discount,
      files: { 'promotions/t.yaml': threshold(165), 'promotion-policy.yaml': severity('off') },
      expected: [],
    },
  ]);

  function run(files: Record<string, string>) {
    const bundle = bundleOf({
      'p/demo/store.yaml': STORE,
      'p/demo/member-tiers.yaml': TIERS,
      'p/demo/promotion-policy.yaml': POLICY,
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`p/demo/${name}`, text])),
    });
    return dryRun({ bundle, proposals: [proposalOf('proposal.yaml', discount)], catalog: [DRS001], now: new Date(NOW) });
  }

  it('names both tiers, both prices, the lever and the gap, and relates the threshold and the member price', () => {
    const { diagnostics } = run({ 'promotions/t.yaml': threshold(165) });
    const found = diagnostics.filter((d) => d.code === 'promotion/tier-inversion');
    expect(found.map((d) => d.params)).toEqual([
      { sku: 'DRS-001', higher: 'gold', higherPrice: '160.69', lower: 'regular', lowerPrice: '149.15', promotion: 't', reach: '160.69', need: '165.00', gap: '4.31' },
      { sku: 'DRS-001', higher: 'svip', higherPrice: '152.24', lower: 'regular', lowerPrice: '149.15', promotion: 't', reach: '152.24', need: '165.00', gap: '12.76' },
    ]);
    expect(found[0]!.related.map((r) => [r.file, r.line, r.messageId])).toEqual([
      ['p/demo/promotions/t.yaml', 7, 'promotion/tier-inversion.lever'],
      ['p/demo/member-tiers.yaml', 9, 'promotion/tier-inversion.percent'],
    ]);
  });

  it('marks the inverted rows in the price table with the cheaper tier and the lever (fen)', () => {
    const { prices } = run({ 'promotions/c.yaml': coupon(155) });
    expect(prices.map((row) => [row.tier, row.single, row.paysMoreThan])).toEqual([
      ['regular', 14915, undefined],
      ['gold', 14069, undefined],
      ['svip', 15224, { tier: 'gold', single: 14069, lever: 'min-spend', promotion: 'c', reach: 15224, need: 15500 }],
    ]);
  });

  it('with no single lever, suggests the largest member percentage at which the higher tier pays no more', () => {
    const bundle = bundleOf({ 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY });
    const proposal = compilePromotion(proposalOf('proposal.yaml', discount), resolvePolicy());
    const row = (tier: string, single: number): PriceRow => ({ promotion: 'd', sku: 'DRS-001', tier, list: 20000, single, worst: single, floor: 0, steps: [] });
    const regular = row('regular', 15000);
    const gold: PriceRow = { ...row('gold', 16000), paysMoreThan: { tier: 'regular', single: 15000, lever: 'other' } };
    const reported: unknown[] = [];
    tierInversionCheck.checkSku({
      policy: resolvePolicy(),
      proposal,
      item: DRS001,
      baseline: { fen: 18900, source: 'lowest-7d' },
      startDate: '2026-11-11',
      today: '2026-11-01',
      lowestList: undefined,
      worstRow: regular,
      rows: [regular, gold],
      // what-if pricing: the tier pays list x percent
      retrace: (tier, bp) => row(tier, Math.round((20000 * (bp ?? 9500)) / 10000)),
      tierBasisPoints: (tier) => (tier === 'gold' ? 9500 : 10000),
      pool: [proposal],
      bundle,
      owns: () => true,
      promotionById: (id) => (id === proposal.id ? proposal : undefined),
      report: (_meta, lazy) => {
        const finding = typeof lazy === 'function' ? lazy() : lazy;
        reported.push([finding.messageId, finding.params]);
      },
    });
    // 20000 x 75% = 15000 <= 15000; 76% would be 15200
    expect(reported).toEqual([['other', { sku: 'DRS-001', higher: 'gold', higherPrice: '160.00', lower: 'regular', lowerPrice: '150.00', percent: 75 }]]);
  });

  describe('in validate: the approved calendar', () => {
    const approved = (name: string, body: string) =>
      promo(name, `  status: approved\n  ${WINDOW}\n${body}  terms: {zh: 活动, en: Offer}\n`);
    const store = {
      'p/demo/store.yaml': STORE,
      'p/demo/member-tiers.yaml': TIERS,
      'p/demo/promotion-policy.yaml': POLICY,
      // DRS-001 at 199.00: regular reaches the minimum (179.00), gold 189.05 and svip 179.10 miss it
      'p/demo/promotions/coupon.yaml': approved('coupon-199', '  type: coupon\n  coupon: {amount: 20, min_spend: 199}\n  scope: {all: true}\n'),
      // two more approved promotions over the same SKU and days: each prices DRS-001 again
      'p/demo/promotions/gift.yaml': approved(
        'gift-clip',
        '  type: gift\n  gift: {sku: ACC-003, name: {zh: 发夹, en: Clip}, quantity: 1, value: 1}\n  scope: {skus: [DRS-001]}\n',
      ),
      'p/demo/promotions/big.yaml': approved('big-spender', '  type: threshold_reduction\n  threshold: {spend: 1000, off: 10}\n  scope: {all: true}\n'),
    };
    const validate = (files: Record<string, string>, catalog: CatalogItem[]) => {
      const { set } = loadFixture(files);
      set.stores[0]!.catalog = catalog;
      return runPolicyRules(set, { now: new Date(NOW) }, rules).filter((d) => d.code === 'promotion/tier-inversion');
    };

    it('reports each inversion once, on the minimum the higher tier misses, however many approved promotions price the SKU', () => {
      const found = validate(store, [DRS001]);
      const minimum = at(store['p/demo/promotions/coupon.yaml'], 'min_spend: ', 'min_spend: '.length);
      expect(found.map((d) => [d.file, d.line, d.column, d.severity, d.messageId])).toEqual([
        ['p/demo/promotions/coupon.yaml', minimum.line, minimum.column, 'error', 'promotion/tier-inversion.min-spend'],
        ['p/demo/promotions/coupon.yaml', minimum.line, minimum.column, 'error', 'promotion/tier-inversion.min-spend'],
      ]);
      expect(found.map((d) => [d.params.higher, d.params.higherPrice, d.params.lower, d.params.lowerPrice, d.params.gap])).toEqual([
        ['gold', '189.05', 'regular', '179.00', '9.95'],
        ['svip', '179.10', 'regular', '179.00', '19.90'],
      ]);
      // nothing else lowered the member prices: the other end is the member price itself
      expect(found[0]!.related.map((r) => [r.file, r.messageId])).toEqual([['p/demo/member-tiers.yaml', 'promotion/tier-inversion.percent']]);
    });

    it('relates the approved discount that took the higher tier under the minimum', () => {
      // 229.00 at 5% off: gold 206.67 reaches 199 and pays 186.67; svip 195.80 misses it
      const item: CatalogItem = { ...DRS001, sku: 'DRS-005', list: 22900, history: DRS001.history.map((h) => ({ ...h, list: 22900 })) };
      const discount = approved('dress-5', '  type: product_discount\n  percent_off: 5\n  scope: {categories: [dresses]}\n');
      const found = validate({ ...store, 'p/demo/promotions/dress.yaml': discount }, [item]);
      expect(found.map((d) => [d.file, d.params.higher, d.params.higherPrice, d.params.lower, d.params.lowerPrice])).toEqual([
        ['p/demo/promotions/coupon.yaml', 'svip', '195.80', 'gold', '186.67'],
      ]);
      expect(found[0]!.related.map((r) => [r.file, r.line, r.messageId])).toEqual([
        ['p/demo/promotions/dress.yaml', at(discount, 'percent_off: 5').line, 'promotion/tier-inversion.stack'],
        ['p/demo/member-tiers.yaml', at(TIERS, 'price_percent: 90').line, 'promotion/tier-inversion.percent'],
      ]);
    });

    it('reports nothing when every tier reaches the minimum or none does', () => {
      expect(validate(store, [{ ...DRS001, list: 25900, history: DRS001.history.map((h) => ({ ...h, list: 25900 })) }])).toEqual([]);
    });
  });
});
