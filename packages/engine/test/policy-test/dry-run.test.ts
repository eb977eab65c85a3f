import { describe, expect, it } from 'vitest';
import { loadYaml, type PolicyDocument, type PolicyTest } from '@storepolicy/schema';
import { runPolicyTests } from '../../src/policy-test/index.js';
import { COUPON, DRS001, POLICY, STORE, THRESHOLD, TIERS } from '../pricing/fixtures.js';

/** The SPEC section 5 worked example as a store's own test, priced by the real dry-run. */
const TEST = `apiVersion: storepolicy/v1
kind: PolicyTest
metadata: {store: demo, name: double11}
spec:
  now: 2026-11-01T00:00:00+08:00
  cases:
    - name: svip pays 152.24 for one dress and never less than 118.68
      input:
        - kind: Promotion
          metadata: {name: double11-dresses}
          spec:
            type: product_discount
            percent_off: 15
            window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
            scope: {categories: [dresses]}
      expect:
        absent_codes: [promotion/price-floor]
        prices:
          - {sku: DRS-001, tier: svip, single: 152.24, worst: 118.68, floor: 94.5}
          - {sku: DRS-001, tier: regular, single: 169.15, worst: 131.87}
    - name: a 60% cut breaks the floor
      input:
        - kind: Promotion
          metadata: {name: double11-dresses}
          spec:
            type: product_discount
            percent_off: 60
            window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
            scope: {categories: [dresses]}
      expect:
        valid: false
        codes: [promotion/price-floor]
        prices:
          - {sku: DRS-001, tier: svip, single: 70}
`;

function load(file: string, text: string): PolicyDocument[] {
  return loadYaml(file, text).documents;
}

describe('policy tests with promotion inputs (real dry-run)', () => {
  const documents = [
    ...load('p/demo/store.yaml', STORE),
    ...load('p/demo/member-tiers.yaml', TIERS),
    ...load('p/demo/promotion-policy.yaml', POLICY),
    ...load('p/demo/promotions/threshold.yaml', THRESHOLD),
    ...load('p/demo/promotions/coupon.yaml', COUPON),
  ];
  const tests = load('p/demo/tests/double11.yaml', TEST) as PolicyDocument<PolicyTest>[];
  const run = runPolicyTests({ tests, documents, inputFiles: new Map(), catalogs: new Map([['demo', [DRS001]]]), now: new Date() });

  it('the worked example holds: prices per SKU and tier in fen', () => {
    const [first] = run.cases;
    expect(first!.failures.map((f) => f.diagnostic.params)).toEqual([]);
    expect(first!.passed).toBe(true);
    expect(first!.prices.find((r) => r.tier === 'svip')).toMatchObject({ single: 15224, worst: 11868, floor: 9450 });
  });

  it('a wrong price expectation fails with both prices in yuan', () => {
    const second = run.cases[1]!;
    // 19900 x 40% = 7960, x 90% = 7164: the case expected 70.00
    expect(second.failures.map((f) => [f.diagnostic.messageId, f.diagnostic.params.actual, f.diagnostic.params.expected])).toEqual([
      ['test/failed.priceMismatch', '71.64', '70.00'],
    ]);
    expect(second.findings.some((d) => d.code === 'promotion/price-floor')).toBe(true);
  });

  it('expecting prices from a store without a catalogue fails the case, never passes it vacuously', () => {
    const bare = runPolicyTests({ tests, documents, inputFiles: new Map(), now: new Date() });
    expect(bare.cases[0]!.failures.map((f) => f.diagnostic.messageId)).toContain('test/failed.noCatalog');
  });
});
