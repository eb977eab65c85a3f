import { describe, expect, it } from 'vitest';
import { promotionChecks, skuChecks } from '../../../src/rules/promotion/_checks.js';
import { rules } from '../../../src/rules/promotion-policy/index.js';

const metas = [...promotionChecks.map((c) => c.meta), ...skuChecks.map((c) => c.meta), ...rules.map((r) => r.meta)].filter(
  (meta, i, all) => all.findIndex((m) => m.code === meta.code) === i,
);

describe('promotion and promotion-policy rule catalogue', () => {
  it('cover the 19 promotion codes of SPEC section 4, tier-inversion, the 3 of section 9 and the 3 policy rules', () => {
    expect(metas.map((m) => m.code).sort()).toEqual(
      [
        'window', 'lead-time', 'duration', 'blackout', 'unknown-tier', 'unknown-scope', 'conflict', 'not-combinable',
        'concurrency', 'price-floor', 'depth', 'reference-price', 'price-raised-before', 'cut-frequency',
        'lever-priority', 'event-eligibility', 'prize-cap', 'disclosure', 'review-inducement', 'tier-inversion',
        'threshold-sane', 'one-mechanic', 'stale-history',
      ]
        .map((name) => `promotion/${name}`)
        .concat(['promotion-policy/priority-complete', 'promotion-policy/stacking-symmetric', 'promotion-policy/limits-sane'])
        .sort(),
    );
  });
  // Doc pages, severity and law marks are checked for every rule in test/rule-docs.test.ts.
});
