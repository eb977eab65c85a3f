import type { PromotionClass } from '@storepolicy/schema';
import type { CompiledPromotion } from './compile.js';
import { stackBlock, type StackBlock, type Stackable } from './stacking.js';

/** A promotion that did not apply, and which applied promotion kept it out. */
export interface Excluded {
  promotion: CompiledPromotion;
  /** `lost` = another product-class promotion won the SKU. */
  reason: StackBlock | 'lost';
  by: CompiledPromotion;
}

/**
 * What applies once the product-class winner is known: the stacking decision
 * does not depend on the SKU's price, so it is computed once per set of
 * candidates and reused for every SKU that shares it.
 */
export interface StackPlan {
  winner: CompiledPromotion | undefined;
  /** Member price applies (the tier has a price_percent and stacking allows it). */
  member: boolean;
  /** Who kept member price out, when it is excluded. */
  memberBlockedBy: CompiledPromotion | undefined;
  /** Order-class promotions that apply, in lever-priority order. */
  orders: CompiledPromotion[];
  /** Every promotion that applies (winner, order, shipping, gift), by priority. */
  applied: CompiledPromotion[];
  excluded: Excluded[];
  /** Gift value per unit that counts against the margin, fen. */
  giftValue: number;
  /** Ids of `applied`, shared by every row of the plan (read-only). */
  appliedIds: readonly string[];
}

/**
 * Sort order of candidates: lever priority, then promotions before member
 * benefits of the same type (a birthday coupon goes after the store's
 * coupons), then id.
 */
export function byPriority(a: CompiledPromotion, b: CompiledPromotion): number {
  return a.rank - b.rank || Number(a.memberBenefit === true) - Number(b.memberBenefit === true) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Decide what stacks. The product winner goes first (it sets the price the
 * rest builds on); then every other candidate in priority order joins when
 * it stacks with everything already in; member price last, as a promotion of
 * class `member` with the policy's `member_price` stacking rule.
 * `candidates` must be sorted by `byPriority`.
 */
export function buildPlan(
  candidates: readonly CompiledPromotion[],
  winner: CompiledPromotion | undefined,
  member: Stackable | undefined,
): StackPlan {
  const applied: CompiledPromotion[] = winner ? [winner] : [];
  const excluded: Excluded[] = [];
  for (const p of candidates) {
    if (p === winner) continue;
    if (p.cls === 'product' && winner) {
      excluded.push({ promotion: p, reason: 'lost', by: winner });
      continue;
    }
    let blocked: Excluded | undefined;
    for (const q of applied) {
      const reason = stackBlock(p, q);
      if (reason) {
        blocked = { promotion: p, reason, by: q };
        break;
      }
    }
    if (blocked) excluded.push(blocked);
    else applied.push(p);
  }
  applied.sort(byPriority);
  let memberBlockedBy: CompiledPromotion | undefined;
  if (member) memberBlockedBy = applied.find((q) => stackBlock(member, q) !== undefined);
  const giftCls: PromotionClass = 'gift';
  return {
    winner,
    member: member !== undefined && memberBlockedBy === undefined,
    memberBlockedBy,
    orders: applied.filter((p) => p.cls === 'order'),
    applied,
    excluded,
    giftValue: applied.reduce((sum, p) => (p.cls === giftCls ? sum + p.giftValue : sum), 0),
    appliedIds: Object.freeze(applied.map((p) => p.id)),
  };
}
