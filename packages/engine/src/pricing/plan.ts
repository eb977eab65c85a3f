import type { PromotionClass } from '@storepolicy/schema';
import type { CompiledPromotion } from './compile.js';
import { stackBlock, type StackBlock, type Stackable } from './stacking.js';

/** A promotion that did not apply, and which applied promotion kept it out. */
export interface Excluded {
  promotion: CompiledPromotion;
  /**
   * `lost` = another product-class promotion won the SKU; `unused` = an
   * order-class promotion the buyer does better without, because it would
   * keep `by` (or, when `by` is undefined, the member price) out.
   */
  reason: StackBlock | 'lost' | 'unused';
  by: CompiledPromotion | undefined;
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

/** Most stacking variants tried per candidate set: 2^6 leaves of six blocking order-class promotions. */
const MAX_VARIANTS = 64;

/**
 * Every way a buyer may stack the candidates, the plan `buildPlan` makes
 * first. Order-class promotions are the buyer's to use or not (a coupon is
 * claimed, a 满减 threshold met or not), so when one keeps something out
 * (another order-class promotion, or the member price, by exclusivity or
 * handshake), the plan without it is a price some buyer pays too: the worst
 * case is the lowest of them (SPEC section 5, "the worst stacked case").
 * Without such a conflict there is one plan, the one `buildPlan` makes.
 */
export function buildPlans(
  candidates: readonly CompiledPromotion[],
  winner: CompiledPromotion | undefined,
  member: Stackable | undefined,
): StackPlan[] {
  const first = buildPlan(candidates, winner, member);
  const plans = [first];
  const seen = new Set<string>([first.appliedIds.join('\u0000') + (first.member ? '+member' : '')]);
  const work: { plan: StackPlan; left: readonly CompiledPromotion[]; unused: Excluded[] }[] = [{ plan: first, left: candidates, unused: [] }];
  while (work.length > 0 && plans.length < MAX_VARIANTS) {
    const { plan, left, unused } = work.shift()!;
    for (const blocker of blockingOrders(plan)) {
      const rest = left.filter((p) => p !== blocker);
      const variant = buildPlan(rest, winner, member);
      const key = variant.appliedIds.join('\u0000') + (variant.member ? '+member' : '');
      if (seen.has(key)) continue;
      seen.add(key);
      const kept = plan.excluded.find((e) => e.by === blocker)?.promotion;
      const dropped = [...unused, { promotion: blocker, reason: 'unused' as const, by: kept }];
      variant.excluded.push(...dropped);
      plans.push(variant);
      work.push({ plan: variant, left: rest, unused: dropped });
      if (plans.length >= MAX_VARIANTS) break;
    }
  }
  return plans;
}

/** Applied order-class promotions that keep another promotion or the member price out. */
function blockingOrders(plan: StackPlan): CompiledPromotion[] {
  const out: CompiledPromotion[] = [];
  for (const p of plan.applied) {
    if (p.cls !== 'order') continue;
    if (plan.memberBlockedBy === p || plan.excluded.some((e) => e.by === p)) out.push(p);
  }
  return out;
}
