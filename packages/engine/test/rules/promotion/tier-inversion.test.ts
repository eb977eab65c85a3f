import { describe, expect, it } from 'vitest';
import { compilePromotion } from '../../../src/pricing/compile.js';
import { dryRun, resolvePolicy, type PriceRow } from '../../../src/pricing/index.js';
import { tierInversionCheck } from '../../../src/rules/promotion/tier-inversion.js';
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
});
