import { describe, expect, it } from 'vitest';
import { checkCalendar } from '../../../src/pricing/index.js';
import { rules } from '../../../src/rules/promotion-policy/index.js';
import { runPolicyRules } from '../../../src/runner.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { POLICY, STORE, TIERS } from '../../pricing/fixtures.js';
import { at, promo } from './_harness.js';

const flash = promo('flash', `  type: flash_sale
  status: approved
  fixed_price: 150
  stock_cap: 50
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-11T02:00:00+08:00"}
  scope: {all: true}
`);
const coupon = promo('coupon-20', `  type: coupon
  status: approved
  coupon: {amount: 20, min_spend: 199}
  window: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满199减20}
`);
const bad = promo('bad-draft', `  type: product_discount
  percent_off: 15
  tiers: [platinum]
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`);

const files = {
  'p/demo/store.yaml': STORE,
  'p/demo/member-tiers.yaml': TIERS,
  'p/demo/promotion-policy.yaml': POLICY,
  'p/demo/promotions/coupon.yaml': coupon,
  'p/demo/promotions/flash.yaml': flash,
  'p/demo/promotions/draft.yaml': bad,
};

describe('the promotion calendar in validate', () => {
  const { set } = loadFixture(files);
  const found = runPolicyRules(set, { now: new Date('2026-11-01T00:00:00+08:00') }, rules);

  it('reports a flash sale merged over a running coupon once, on the newcomer', () => {
    const hits = found.filter((d) => d.code === 'promotion/not-combinable');
    expect(hits.map((d) => [d.file, d.line, d.column])).toEqual([['p/demo/promotions/flash.yaml', ...Object.values(at(flash, 'flash_sale'))]]);
  });

  it('judges each document on its own too (unknown tier in a draft)', () => {
    const hits = found.filter((d) => d.code === 'promotion/unknown-tier');
    expect(hits.map((d) => [d.file, d.line, d.column])).toEqual([['p/demo/promotions/draft.yaml', ...Object.values(at(bad, 'platinum'))]]);
  });

  it('does not judge timing against now in validate (no lead-time)', () => {
    expect(found.filter((d) => d.code === 'promotion/lead-time')).toEqual([]);
  });

  it('checkCalendar returns the same calendar findings', () => {
    const bundle = set.stores[0]!;
    const direct = checkCalendar(bundle).map((d) => `${d.code}@${d.file}:${d.line}:${d.column}`).sort();
    const viaRules = found.filter((d) => d.code.startsWith('promotion/')).map((d) => `${d.code}@${d.file}:${d.line}:${d.column}`).sort();
    expect(direct).toEqual(viaRules);
  });
});
