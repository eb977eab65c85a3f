import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Promotion } from '@storepolicy/schema';
import { compilePromotion, type CompiledPromotion } from '../../src/pricing/compile.js';
import { unitPrice } from '../../src/pricing/compute.js';
import { ceilDiv, roundDiv } from '../../src/pricing/math.js';
import { buildPlan } from '../../src/pricing/plan.js';
import { resolvePolicy } from '../../src/pricing/policy.js';

const policy = resolvePolicy();

function compiled(name: string, spec: Record<string, unknown>): CompiledPromotion {
  const doc = {
    file: `${name}.yaml`,
    index: 0,
    kind: 'Promotion',
    value: {
      apiVersion: 'storepolicy/v1',
      kind: 'Promotion',
      metadata: { store: 'demo', name },
      spec: { window: { start: '2026-11-11T00:00:00+08:00', end: '2026-11-12T00:00:00+08:00' }, scope: { all: true }, ...spec },
    },
    locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
    locateKey: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
    has: () => true,
  } as unknown as PolicyDocument<Promotion>;
  return compilePromotion(doc, policy);
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const fen = fc.integer({ min: 0, max: 10_000_000 });
const percent = fc.integer({ min: 1, max: 9999 }).map((bp) => bp / 100);
const memberBp = fc.integer({ min: 7000, max: 10_000 });

/** A random stack: a product cut, optionally a threshold and a coupon. */
const stack = fc.record({
  list: fen,
  pct: percent,
  member: memberBp,
  threshold: fc.option(fc.record({ spend: fc.integer({ min: 1, max: 1_000_000 }), off: fc.integer({ min: 0, max: 1_000_000 }), repeat: fc.boolean(), cap: fc.option(fen, { nil: undefined }) }), { nil: undefined }),
  coupon: fc.option(fc.record({ amount: fen, min: fen }), { nil: undefined }),
});

type Stack = typeof stack extends fc.Arbitrary<infer T> ? T : never;

function price(s: Stack) {
  const promos: CompiledPromotion[] = [compiled('cut', { type: 'product_discount', percent_off: s.pct })];
  if (s.threshold) {
    const t = s.threshold;
    promos.push(compiled('t', { type: 'threshold_reduction', threshold: { spend: yuan(t.spend), off: yuan(t.off), repeat: t.repeat, ...(t.cap !== undefined ? { cap: yuan(t.cap) } : {}) } }));
  }
  if (s.coupon) promos.push(compiled('c', { type: 'coupon', coupon: { amount: yuan(s.coupon.amount), min_spend: yuan(s.coupon.min) } }));
  const member = { cls: 'member' as const, ...policy.stacking.member_price };
  const plan = buildPlan(promos.slice(1), promos[0], member);
  return unitPrice(s.list, plan, s.member, 'svip', false);
}

describe('pricing properties', () => {
  it('a price is never negative', () => {
    fc.assert(fc.property(stack, (s) => {
      const p = price(s);
      expect(p.single).toBeGreaterThanOrEqual(0);
      expect(p.worst).toBeGreaterThanOrEqual(0);
    }));
  });

  it('the worst case never exceeds the single-unit price', () => {
    fc.assert(fc.property(stack, (s) => {
      const p = price(s);
      expect(p.worst).toBeLessThanOrEqual(p.single);
    }));
  });

  it('a deeper discount never raises the worst case, nor the single price when no order-class promotion applies', () => {
    fc.assert(fc.property(stack, fc.integer({ min: 1, max: 5000 }), (s, extra) => {
      const deeper = { ...s, pct: Math.min(100, Math.round(s.pct * 100 + extra) / 100) };
      const a = price(s);
      const b = price(deeper);
      expect(b.worst).toBeLessThanOrEqual(a.worst);
      const bare = price({ ...s, threshold: undefined, coupon: undefined });
      const bareDeeper = price({ ...deeper, threshold: undefined, coupon: undefined });
      expect(bareDeeper.single).toBeLessThanOrEqual(bare.single);
    }));
  });

  it('but a deeper discount CAN raise the single-unit price: it may drop the unit below a coupon minimum', () => {
    // SPEC 5 applies a coupon to one unit only when the unit meets the minimum spend,
    // so "deeper never raises" cannot hold for the single-unit price (reported to the lead).
    const coupon = { amount: 2000, min: 19800 };
    const base = { list: 19900, member: 10_000, threshold: undefined, coupon };
    expect(price({ ...base, pct: 0.01 }).single).toBe(17898); // 19898 >= 198.00, coupon applies
    expect(price({ ...base, pct: 1 }).single).toBe(19701); // 19701 < 198.00: deeper cut, higher price
    expect(price({ ...base, pct: 1 }).worst).toBeLessThanOrEqual(price({ ...base, pct: 0.01 }).worst);
  });

  it('rounds half up, exactly, with integers only', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 12 }), (n, d) => {
      const q = roundDiv(n, d);
      // q is the integer nearest n/d, and exact halves go up: 2n is in [(2q-1)d, (2q+1)d)
      expect(2 * n >= (2 * q - 1) * d && 2 * n < (2 * q + 1) * d).toBe(true);
      const c = ceilDiv(n, d);
      expect(c * d >= n && (c - 1) * d < n).toBe(true);
    }));
    expect(roundDiv(152235, 10)).toBe(15224); // 15223.5 -> 15224, not half-even 15224/15222 flip
    expect(roundDiv(152225, 10)).toBe(15223); // 15222.5 -> 15223 (half-even would give 15222)
  });
});
