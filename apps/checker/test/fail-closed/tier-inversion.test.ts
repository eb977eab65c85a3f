import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, positionOf, type LawRepo } from './_law-repo.js';

// Bypass family "member promise" (issue 15): validate priced the approved
// calendar for the floor only, so two promotions approved in separate pull
// requests that together make a member pay more than a lower tier passed it.
// The test ran clean on the old main. It works in its own copy of
// demo-apparel and the law baseline.

let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(() => repo.cleanup());

/** 20 Nov, away from the Double 11 calendar; the history covers the 7 days before it. */
const QUIET_WINDOW = '  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n';
const DISCOUNT = 'policies/demo-apparel/promotions/aa-dresses-10-off.yaml';
const COUPON = 'policies/demo-apparel/promotions/zz-dress-coupon-20-off-400.yaml';
const discount = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo-apparel, name: aa-dresses-10-off}
spec:
  type: product_discount
  status: approved
  percent_off: 10
${QUIET_WINDOW}  scope: {categories: [dresses]}
`;
// No dress is priced from 400.00 to 444.44: at full price every tier of a dress reaches 400 or none does.
const coupon = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo-apparel, name: zz-dress-coupon-20-off-400}
spec:
  type: coupon
  status: approved
  coupon: {amount: 20, min_spend: 400}
${QUIET_WINDOW}  scope: {categories: [dresses]}
  terms: {zh: 连衣裙满400减20, en: 20 off dresses from 400}
`;

const inversions = async () => {
  const result = await repo.run(['validate', 'policies', '--format', 'json', '--now', '2026-11-07T10:00:00+08:00']);
  expect(result.stderr).toBe('');
  // the Double 11 calendar's own inversions are known warnings of the demo (promotion-policy.yaml says why)
  return findings(result).filter((f) => f.code === 'promotion/tier-inversion' && !f.file.includes('/double11-'));
};

describe('fail closed: validate holds the approved calendar to the member promise (issue 15)', () => {
  it('a discount and a coupon approved apart, each clean alone, make gold pay more than silver: one finding, at the minimum', async () => {
    repo.write(DISCOUNT, discount);
    expect(await inversions()).toEqual([]);
    repo.remove(DISCOUNT);
    repo.write(COUPON, coupon);
    expect(await inversions()).toEqual([]);
    // both merged: DRS-007 (459.00) at 10% off is 413.10 regular, 404.84 silver, 392.45 gold;
    // silver reaches 400 and pays 384.84, gold misses it and pays 392.45
    repo.write(DISCOUNT, discount);
    const found = await inversions();
    expect(found.map((f) => [f.file, f.line, f.column, f.pointer])).toEqual([
      [COUPON, ...Object.values(positionOf(coupon, '400', 'min_spend: ')), '/spec/coupon/min_spend'],
    ]);
    expect(found[0]!.message).toBe(
      'DRS-007: gold pays 392.45, more than silver (384.84): the gold price 392.45 misses the 400.00 minimum spend of the coupon zz-dress-coupon-20-off-400 by 7.55, which the silver price reaches',
    );
  });
});
