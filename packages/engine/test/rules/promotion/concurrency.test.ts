import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../src/pricing/index.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';
import { DISCOUNT_SPEC, NOW, at, promo, table } from './_harness.js';

/** Every diagnostic of a dry-run of `proposal` in the demo store with `files` added or replaced. */
function diagnosticsOf(proposal: string, files: Record<string, string>) {
  const all: Record<string, string> = { 'p/demo/store.yaml': STORE, 'p/demo/member-tiers.yaml': TIERS, 'p/demo/promotion-policy.yaml': POLICY };
  for (const [name, text] of Object.entries(files)) all[`p/demo/${name}`] = text;
  return dryRun({ bundle: bundleOf(all), proposals: [proposalOf('proposal.yaml', proposal)], catalog: [DRS001], now: new Date(NOW) }).diagnostics;
}

const shipping = (name: string, type: string, start = '2026-11-10T00:00:00+08:00') =>
  promo(name, `  type: ${type}
  status: approved
  window: {start: "${start}", end: "2026-11-13T00:00:00+08:00"}
  scope: {all: true}
`);
const coupon = promo('coupon-20', `  type: coupon
  status: approved
  coupon: {amount: 20}
  window: {start: "2026-11-11T06:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {categories: [dresses]}
  terms: {zh: 立减20}
`);
const proposal = promo('d11', DISCOUNT_SPEC);
const policy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {max_concurrent: 4}
`;
const three = { 'promotions/a.yaml': shipping('free-ship', 'free_shipping'), 'promotions/b.yaml': shipping('free-returns', 'free_return_shipping') };

const onCategory = (name: string, category: string) =>
  promo(name, `  type: free_shipping
  status: approved
  window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-13T00:00:00+08:00"}
  scope: {categories: [${category}]}
`);
const storeWide = promo('all-ship', `  type: free_return_shipping
  status: approved
  window: {start: "2026-11-10T00:00:00+08:00", end: "2026-11-13T00:00:00+08:00"}
  scope: {all: true}
`);
const tops = { sku: 'TOP-001', category: 'tops', list: 9900, cost: 3000, history: [] };

describe('promotion/concurrency', () => {
  table('promotion/concurrency', [
    { name: 'three at once is the default maximum', proposal, files: three, expected: [] },
    {
      name: 'a fourth starting inside the window is an error at the start',
      proposal,
      files: { ...three, 'promotions/c.yaml': coupon },
      expected: [{ code: 'promotion/concurrency', severity: 'error', ...at(proposal, 'start: "', 7) }],
    },
    {
      name: 'promotions on different categories never meet on one SKU: not a crowd',
      proposal: promo('d11-all', DISCOUNT_SPEC.replace('{categories: [dresses]}', '{all: true}')),
      files: { 'promotions/a.yaml': onCategory('ship-dresses', 'dresses'), 'promotions/b.yaml': onCategory('ship-tops', 'tops'), 'promotions/c.yaml': storeWide },
      catalog: [DRS001, tops],
      expected: [],
    },
    { name: 'max_concurrent 4 allows four', proposal, files: { ...three, 'promotions/c.yaml': coupon, 'promotion-policy.yaml': policy }, expected: [] },
  ]);
});

describe('promotion/concurrency: instants on the store clock, each start at its own promotion', () => {
  // the same instants as the table above, written in three offsets: UTC, +08:00 and -05:00
  const utcProposal = promo('d11', DISCOUNT_SPEC.replace('start: "2026-11-11T00:00:00+08:00"', 'start: "2026-11-10T16:00:00Z"'));
  const files = {
    ...three,
    'promotions/b.yaml': shipping('free-returns', 'free_return_shipping', '2026-11-09T11:00:00-05:00'),
    'promotions/c.yaml': coupon.replace('2026-11-11T06:00:00+08:00', '2026-11-10T22:00:00Z'),
  };
  const finding = () => {
    const d = diagnosticsOf(utcProposal, files).filter((x) => x.code === 'promotion/concurrency');
    expect(d).toHaveLength(1);
    return d[0]!;
  };

  it('names the instant the crowd begins in the store timezone, without milliseconds, and whose start it is', () => {
    const d = finding();
    // the coupon's start (22:00Z) is 06:00 in Asia/Shanghai; it is the coupon's start, not the proposal's
    expect(d.params).toMatchObject({ count: 4, at: '2026-11-11T06:00:00+08:00', startedBy: 'coupon-20', ids: 'd11, free-ship, free-returns, coupon-20', max: 3 });
  });

  it("points at each other promotion's start, in store time, at that promotion's file", () => {
    const related = finding().related.filter((r) => r.messageId === 'promotion/concurrency.activeFrom');
    expect(related.map((r) => [r.file, r.line, r.params])).toEqual([
      ['p/demo/promotions/a.yaml', 7, { id: 'free-ship', start: '2026-11-10T00:00:00+08:00' }],
      ['p/demo/promotions/b.yaml', 7, { id: 'free-returns', start: '2026-11-10T00:00:00+08:00' }],
      ['p/demo/promotions/c.yaml', 8, { id: 'coupon-20', start: '2026-11-11T06:00:00+08:00' }],
    ]);
  });

  it('a store in another timezone reads the same instants on its own clock', () => {
    const berlin = { ...files, 'store.yaml': STORE.replace('timezone: Asia/Shanghai', 'timezone: Europe/Berlin') };
    const d = diagnosticsOf(utcProposal, berlin).find((x) => x.code === 'promotion/concurrency');
    expect(d?.params.at).toBe('2026-11-10T23:00:00+01:00');
  });
});
