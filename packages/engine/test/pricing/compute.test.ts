import type { PolicyDocument, Promotion } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { compilePromotion } from '../../src/pricing/compile.js';
import { couponSingle, couponWorst, productPrice, thresholdSingle, thresholdWorst } from '../../src/pricing/compute.js';
import { resolvePolicy } from '../../src/pricing/policy.js';

const policy = resolvePolicy();
function promotion(spec: Record<string, unknown>) {
  const doc = {
    file: 'x.yaml',
    index: 0,
    kind: 'Promotion',
    value: {
      apiVersion: 'storepolicy/v1',
      kind: 'Promotion',
      metadata: { store: 'demo', name: 'x' },
      spec: { window: { start: '2026-11-11T00:00:00+08:00', end: '2026-11-12T00:00:00+08:00' }, scope: { all: true }, ...spec },
    },
  } as unknown as PolicyDocument<Promotion>;
  return compilePromotion(doc, policy);
}

describe('product step', () => {
  it.each([
    ['15% off 199.00', { type: 'product_discount', percent_off: 15 }, 19900, 16915],
    ['12.5% off 0.99 (12.375 fen off, half-up)', { type: 'product_discount', percent_off: 12.5 }, 99, 87],
    ['30 yuan off 19.90 never goes below 0', { type: 'time_limited_discount', amount_off: 30 }, 1990, 0],
    ['fixed price 99.00', { type: 'flash_sale', fixed_price: '99.00', stock_cap: 1 }, 16900, 9900],
    ['100% off is 0', { type: 'product_discount', percent_off: 100 }, 19900, 0],
  ])('%s', (_name, spec, list, expected) => {
    expect(productPrice(promotion(spec), list)).toBe(expected);
  });
});

describe('threshold reduction', () => {
  const once = promotion({ type: 'threshold_reduction', threshold: { spend: 300, off: 40 } });
  const every = promotion({ type: 'threshold_reduction', threshold: { spend: 300, off: 40, repeat: true } });
  const capped = promotion({ type: 'threshold_reduction', threshold: { spend: 300, off: 40, repeat: true, cap: 100 } });
  it.each([
    ['below the threshold: no reduction', once, 29999, 29999],
    ['exactly the threshold', once, 30000, 26000],
    ['not repeating: once even at 3x', once, 90000, 86000],
    ['repeating: 3 x 40 at 900', every, 90000, 78000],
    ['repeating, capped at 100', capped, 90000, 80000],
  ])('single: %s', (_name, p, price, expected) => {
    expect(thresholdSingle(p, price)).toBe(expected);
  });
  it.each([
    ['x 260/300, half-up', once, 15224, 13194],
    ['the cap bounds the proportional share too', promotion({ type: 'threshold_reduction', threshold: { spend: 300, off: 40, cap: 30 } }), 30000, 27000],
    ['a reduction above the spend takes the whole unit', promotion({ type: 'threshold_reduction', threshold: { spend: 10, off: 20 } }), 5000, 0],
  ])('worst: %s', (_name, p, price, expected) => {
    expect(thresholdWorst(p, price)).toBe(expected);
  });
});

describe('coupon', () => {
  const c = promotion({ type: 'coupon', coupon: { amount: 20, min_spend: 199 } });
  const free = promotion({ type: 'coupon', coupon: { amount: 5 } });
  it.each([
    ['below the minimum: not applied', c, 19899, 19899],
    ['at the minimum', c, 19900, 17900],
    ['no minimum', free, 100, 0],
  ])('single: %s', (_name, p, price, expected) => {
    expect(couponSingle(p, price)).toBe(expected);
  });
  it.each([
    ['SPEC: 13194 - round(13194 x 2000 / 19900) = 11868', c, 13194, 11868],
    ['above the minimum the whole amount comes off', c, 30000, 28000],
    ['no minimum on a 0 price stays 0 (no division by zero)', free, 0, 0],
    ['no minimum on 3.00 with a 5.00 coupon is 0, not negative', free, 300, 0],
  ])('worst: %s', (_name, p, price, expected) => {
    expect(couponWorst(p, price)).toBe(expected);
  });
});
