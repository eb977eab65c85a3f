import type { CompiledPromotion, CompiledThreshold, SingleMechanic } from './compile.js';
import { FULL, applyBasisPoints, roundDiv } from './math.js';
import type { StackPlan } from './plan.js';
import type { PriceStep } from './types.js';

/** Step 2: the product-class price `p1` (never below 0). */
export function productPrice(p: CompiledPromotion, list: number): number {
  const m = p.product;
  switch (m.kind) {
    case 'percent':
      return applyBasisPoints(list, FULL - m.basisPoints);
    case 'amount':
      return Math.max(0, list - m.fen);
    case 'fixed':
      return m.fen;
    case 'lowest': {
      let lowest = list;
      for (const one of m.of) lowest = Math.min(lowest, mechanicPrice(one, list));
      return lowest;
    }
    case 'none':
      return list;
  }
}

function mechanicPrice(m: SingleMechanic, list: number): number {
  if (m.kind === 'percent') return applyBasisPoints(list, FULL - m.basisPoints);
  if (m.kind === 'amount') return Math.max(0, list - m.fen);
  return m.fen;
}

/** A threshold of 0 (refused by promotion/threshold-sane) takes its reduction off any order. */
function zeroSpendPrice(t: CompiledThreshold, price: number): number {
  const off = t.repeat ? t.cap : Math.min(t.off, t.cap);
  return off === Number.POSITIVE_INFINITY ? 0 : Math.max(0, price - off);
}

/** Threshold reduction on a single unit: only when the unit alone meets the threshold. */
export function thresholdSingle(p: CompiledPromotion, price: number): number {
  const t = p.threshold;
  if (!t || price < t.spend) return price;
  if (t.spend === 0) return zeroSpendPrice(t, price);
  const off = Math.min(t.repeat ? Math.floor(price / t.spend) * t.off : t.off, t.cap);
  return Math.max(0, price - off);
}

/** Worst case: a basket that exactly meets the threshold, reduction shared in proportion. */
export function thresholdWorst(p: CompiledPromotion, price: number): number {
  const t = p.threshold;
  if (!t) return price;
  if (t.spend === 0) return zeroSpendPrice(t, price);
  const off = Math.min(t.off, t.cap, t.spend);
  return roundDiv(price * (t.spend - off), t.spend);
}

export function couponSingle(p: CompiledPromotion, price: number): number {
  const c = p.coupon;
  if (!c || price < c.minSpend) return price;
  return Math.max(0, price - c.amount);
}

/** Worst case: the unit's share of the coupon in a basket of max(M, price). */
export function couponWorst(p: CompiledPromotion, price: number): number {
  const c = p.coupon;
  if (!c) return price;
  const basket = Math.max(c.minSpend, price);
  if (basket === 0) return 0;
  return Math.max(0, price - roundDiv(price * c.amount, basket));
}

export interface UnitPrice {
  single: number;
  worst: number;
  steps: PriceStep[];
  worstSteps: PriceStep[] | undefined;
}

function label(p: CompiledPromotion): string {
  return p.label;
}

/** Reused result of `unitNumbers`, so the hot loop allocates nothing. */
export interface UnitNumbers {
  single: number;
  worst: number;
}

/**
 * The same arithmetic as `unitPrice` without recording steps: the dry-run
 * compares instants with this and builds the steps only for the row it keeps.
 */
export function unitNumbers(list: number, plan: StackPlan, memberBasisPoints: number, out: UnitNumbers): UnitNumbers {
  let price = list;
  if (plan.winner) price = productPrice(plan.winner, price);
  if (plan.member && memberBasisPoints !== FULL) price = applyBasisPoints(price, memberBasisPoints);
  let worst = price;
  for (const p of plan.orders) {
    if (p.threshold) {
      price = thresholdSingle(p, price);
      worst = thresholdWorst(p, worst);
    } else {
      if (!p.worstOnly) price = couponSingle(p, price);
      worst = couponWorst(p, worst);
    }
  }
  out.single = price;
  out.worst = worst;
  return out;
}

/**
 * SPEC section 5, steps 1-5, for one SKU and one tier. `memberBasisPoints`
 * is the tier's price_percent in basis points (10000 when it pays full price).
 * With `trace`, steps that did nothing (threshold not met) are recorded too,
 * with `skipped`, so `explain` can say why.
 */
export function unitPrice(
  list: number,
  plan: StackPlan,
  memberBasisPoints: number,
  tier: string,
  trace: boolean,
): UnitPrice {
  const steps: PriceStep[] = [];
  let price = list;
  if (plan.winner) {
    price = productPrice(plan.winner, price);
    steps.push({ by: label(plan.winner), price });
  }
  if (plan.member && memberBasisPoints !== FULL) {
    price = applyBasisPoints(price, memberBasisPoints);
    steps.push({ by: `member_price:${tier}`, price });
  }
  const prefix = steps.length;
  let worst = price;
  let worstSteps: PriceStep[] | undefined;
  if (plan.orders.length > 0) worstSteps = steps.slice(0, prefix);
  for (const p of plan.orders) {
    if (p.worstOnly) {
      worst = couponWorst(p, worst);
      if (!worstSteps) worstSteps = steps.slice(0, prefix);
      worstSteps.push({ by: label(p), price: worst });
      continue;
    }
    const next = p.threshold ? thresholdSingle(p, price) : couponSingle(p, price);
    if (next !== price) steps.push({ by: label(p), price: next });
    else if (trace) steps.push({ by: label(p), price: next, skipped: p.threshold ? 'threshold-not-met' : 'min-spend-not-met' });
    price = next;
    worst = p.threshold ? thresholdWorst(p, worst) : couponWorst(p, worst);
    worstSteps?.push({ by: label(p), price: worst });
  }
  if (worstSteps && !trace && sameSteps(steps, worstSteps)) worstSteps = undefined;
  return { single: price, worst, steps, worstSteps };
}

function sameSteps(a: PriceStep[], b: PriceStep[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.price !== b[i]!.price || a[i]!.by !== b[i]!.by) return false;
  return true;
}
