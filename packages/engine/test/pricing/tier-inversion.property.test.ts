import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dryRun, type CatalogItem, type PriceRow } from '../../src/pricing/index.js';
import { rules } from '../../src/rules/promotion-policy/index.js';
import { runPolicyRules } from '../../src/runner.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { POLICY, STORE, bundleOf, proposalOf } from './fixtures.js';

const WINDOW = 'window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}';
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Random tiers, thresholds, coupons and list prices: the shapes that produce inversions. */
const scenario = fc.record({
  percents: fc.array(fc.integer({ min: 70, max: 100 }), { minLength: 2, maxLength: 4 }),
  percentOff: fc.integer({ min: 1, max: 40 }),
  threshold: fc.option(fc.record({ spend: fc.integer({ min: 1000, max: 60_000 }), offShare: fc.integer({ min: 1, max: 60 }) }), { nil: undefined }),
  coupon: fc.option(fc.record({ amount: fc.integer({ min: 100, max: 5000 }), minSpend: fc.integer({ min: 0, max: 60_000 }) }), { nil: undefined }),
  lists: fc.array(fc.integer({ min: 1000, max: 80_000 }), { minLength: 1, maxLength: 6 }),
});

function tiersYaml(percents: number[]): string {
  const tiers = percents
    .map((p, i) => `    - {id: t${i}, name: {zh: 等级${i}, en: T${i}}, qualify: {spend: ${i * 1000}}, benefits: {price_percent: ${p}}}`)
    .join('\n');
  return `apiVersion: storepolicy/v1\nkind: MemberTiers\nmetadata: {store: demo, name: member-tiers}\nspec:\n  metric: spend\n  evaluation_window_days: 365\n  tiers:\n${tiers}\n`;
}

const doc = (name: string, spec: string) => `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo, name: ${name}}\nspec:\n${spec}`;

describe('promotion/tier-inversion (property)', () => {
  it('reports exactly the higher tiers whose single price is above a lower tier, against the cheapest lower tier', () => {
    let inversions = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const files: Record<string, string> = {
          'p/demo/store.yaml': STORE,
          'p/demo/member-tiers.yaml': tiersYaml(s.percents),
          'p/demo/promotion-policy.yaml': POLICY,
        };
        if (s.threshold) {
          const off = Math.max(1, Math.floor((s.threshold.spend * s.threshold.offShare) / 100));
          files['p/demo/promotions/t.yaml'] = doc('t', `  type: threshold_reduction\n  status: approved\n  threshold: {spend: ${yuan(s.threshold.spend)}, off: ${yuan(off)}}\n  ${WINDOW}\n  scope: {all: true}\n  terms: {zh: 满减}\n`);
        }
        if (s.coupon) {
          files['p/demo/promotions/c.yaml'] = doc('c', `  type: coupon\n  status: approved\n  coupon: {amount: ${yuan(s.coupon.amount)}, min_spend: ${yuan(s.coupon.minSpend)}}\n  ${WINDOW}\n  scope: {all: true}\n  terms: {zh: 券}\n`);
        }
        const proposal = proposalOf('proposal.yaml', doc('d', `  type: product_discount\n  percent_off: ${s.percentOff}\n  ${WINDOW}\n  scope: {all: true}\n`));
        const catalog: CatalogItem[] = s.lists.map((list, i) => ({ sku: `S${i}`, category: 'dresses', list, cost: 1, history: [] }));
        const { diagnostics, prices } = dryRun({ bundle: bundleOf(files), proposals: [proposal], catalog, now: new Date('2026-11-01T00:00:00+08:00') });

        const expected = new Map<string, string>();
        const bySku = new Map<string, PriceRow[]>();
        for (const row of prices) bySku.set(row.sku, [...(bySku.get(row.sku) ?? []), row]);
        for (const [sku, rows] of bySku) {
          rows.forEach((row, j) => {
            const lower = rows.slice(0, j);
            const cheapest = lower.reduce<PriceRow | undefined>((min, r) => (!min || r.single < min.single ? r : min), undefined);
            if (cheapest && cheapest.single < row.single) expected.set(`${sku}/${row.tier}`, `${cheapest.tier} ${yuan(cheapest.single)}`);
          });
        }
        const reported = new Map<string, string>();
        for (const d of diagnostics.filter((x) => x.code === 'promotion/tier-inversion')) {
          const p = d.params;
          reported.set(`${p.sku}/${p.higher}`, `${p.lower} ${p.lowerPrice}`);
          // a reported inversion is real: the higher tier's price is above the lower tier's
          expect(Number(p.higherPrice)).toBeGreaterThan(Number(p.lowerPrice));
          // a named threshold or minimum is really missed by the higher tier's price
          if (p.reach !== undefined) expect(Number(p.reach)).toBeLessThan(Number(p.need));
        }
        expect(reported).toEqual(expected);
        inversions += reported.size;
      }),
      { numRuns: 150 },
    );
    // the generator must reach the interesting case, or the property proves nothing
    expect(inversions).toBeGreaterThan(20);
  });

  it('in validate: the approved calendar reports each real inversion once, at its lever, and nothing else', () => {
    let inversions = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        // the same shapes, all approved and on the same days: every approved promotion prices the
        // SKUs over the same pool, so each inversion comes back once per promotion and must be reported once
        const files: Record<string, string> = {
          'p/demo/store.yaml': STORE,
          'p/demo/member-tiers.yaml': tiersYaml(s.percents),
          'p/demo/promotion-policy.yaml': POLICY,
          'p/demo/promotions/d.yaml': doc('d', `  type: product_discount\n  status: approved\n  percent_off: ${s.percentOff}\n  ${WINDOW}\n  scope: {all: true}\n`),
        };
        if (s.threshold) {
          const off = Math.max(1, Math.floor((s.threshold.spend * s.threshold.offShare) / 100));
          files['p/demo/promotions/t.yaml'] = doc('t', `  type: threshold_reduction\n  status: approved\n  threshold: {spend: ${yuan(s.threshold.spend)}, off: ${yuan(off)}}\n  ${WINDOW}\n  scope: {all: true}\n  terms: {zh: 满减}\n`);
        }
        if (s.coupon) {
          files['p/demo/promotions/c.yaml'] = doc('c', `  type: coupon\n  status: approved\n  coupon: {amount: ${yuan(s.coupon.amount)}, min_spend: ${yuan(s.coupon.minSpend)}}\n  ${WINDOW}\n  scope: {all: true}\n  terms: {zh: 券}\n`);
        }
        const catalog: CatalogItem[] = s.lists.map((list, i) => ({ sku: `S${i}`, category: 'dresses', list, cost: 1, history: [] }));
        const { set } = loadFixture(files);
        const bundle = set.stores[0]!;
        bundle.catalog = catalog;
        const found = runPolicyRules(set, { now: new Date('2026-11-01T00:00:00+08:00') }, rules).filter((d) => d.code === 'promotion/tier-inversion');

        // the calendar's prices, independently of validate: the discount dry-run over the rest of it
        const { prices } = dryRun({ bundle, proposals: [bundle.promotions.find((p) => p.value.metadata.name === 'd')!], catalog, now: new Date('2026-11-01T00:00:00+08:00') });
        const expected = new Map<string, string>();
        const bySku = new Map<string, PriceRow[]>();
        for (const row of prices) bySku.set(row.sku, [...(bySku.get(row.sku) ?? []), row]);
        for (const [sku, rows] of bySku) {
          rows.forEach((row, j) => {
            const cheapest = rows.slice(0, j).reduce<PriceRow | undefined>((min, r) => (!min || r.single < min.single ? r : min), undefined);
            if (cheapest && cheapest.single < row.single) expected.set(`${sku}/${row.tier}`, `${cheapest.tier} ${yuan(cheapest.single)}`);
          });
        }
        const reported = new Map<string, string>();
        for (const d of found) {
          const p = d.params;
          const key = `${p.sku}/${p.higher}`;
          // once per SKU and tier pair, however many approved promotions priced it
          expect(reported.has(key), key).toBe(false);
          reported.set(key, `${p.lower} ${p.lowerPrice}`);
          expect(Number(p.higherPrice)).toBeGreaterThan(Number(p.lowerPrice));
          if (d.messageId === 'promotion/tier-inversion.threshold') expect([d.file, d.pointer]).toEqual(['p/demo/promotions/t.yaml', '/spec/threshold/spend']);
          if (d.messageId === 'promotion/tier-inversion.min-spend') expect([d.file, d.pointer]).toEqual(['p/demo/promotions/c.yaml', '/spec/coupon/min_spend']);
          if (p.reach !== undefined) expect(Number(p.reach)).toBeLessThan(Number(p.need));
        }
        expect(reported).toEqual(expected);
        inversions += reported.size;
      }),
      { numRuns: 100 },
    );
    expect(inversions).toBeGreaterThan(20);
  });
});
