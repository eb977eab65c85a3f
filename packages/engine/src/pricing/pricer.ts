import { eligibleTier, inScope, type CompiledPromotion } from './compile.js';
import { productPrice, unitPrice } from './compute.js';
import { FULL, ceilDiv } from './math.js';
import { buildPlan, byPriority, type StackPlan } from './plan.js';
import type { ResolvedPolicy } from './policy.js';
import type { Stackable } from './stacking.js';
import type { PricingTier } from './tiers.js';
import type { CatalogItem, PriceRow } from './types.js';

/** Candidates of one (instant, tier, scope pattern), and their plans by product winner. */
interface PlanEntry {
  candidates: CompiledPromotion[];
  /** Product-class candidates of the best rank: the winner is one of them. */
  contenders: CompiledPromotion[];
  plans: Map<CompiledPromotion | undefined, StackPlan>;
  /** First proposal among the candidates (labels rows the winner does not). */
  proposal: CompiledPromotion | undefined;
}

export interface PricerSetup {
  policy: ResolvedPolicy;
  /** The proposals and every calendar promotion overlapping one of them. */
  pool: readonly CompiledPromotion[];
  proposals: ReadonlySet<CompiledPromotion>;
  tiers: readonly PricingTier[];
  /** Restrict rows to instants where this proposal is active and applies. */
  focus?: CompiledPromotion;
}

/**
 * Prices SKUs for every tier at every instant where the set of active
 * promotions changes, keeping the lowest worst case. Stacking decisions are
 * memoised per (instant, tier, scope pattern), so the per-SKU work is a few
 * set lookups and integer steps.
 */
export class Pricer {
  private readonly pool: CompiledPromotion[];
  private readonly instants: boolean[][];
  private readonly tierMasks: boolean[][];
  private readonly member: Stackable;
  private readonly memo = new Map<string, PlanEntry | null>();
  private readonly flags: boolean[];

  constructor(private readonly setup: PricerSetup) {
    this.pool = [...setup.pool].sort(byPriority);
    this.flags = new Array<boolean>(this.pool.length).fill(false);
    this.instants = activeSets(this.pool, setup.focus ? [setup.focus] : [...setup.proposals]);
    this.tierMasks = setup.tiers.map((tier) => this.pool.map((p) => eligibleTier(p, tier.id)));
    const rule = setup.policy.stacking.member_price;
    this.member = { cls: 'member', combinesWith: rule.combinesWith, exclusive: rule.exclusive, allowWithGlobal: rule.allowWithGlobal };
  }

  /** Whether any proposal covers the SKU (fills the scope flags used by `price`). */
  scopeOf(item: CatalogItem): string | undefined {
    let key = '';
    let covered = false;
    for (let i = 0; i < this.pool.length; i++) {
      const p = this.pool[i]!;
      const hit = inScope(p, item.sku, item.category);
      this.flags[i] = hit;
      key += hit ? '1' : '0';
      if (hit && (this.setup.focus ? p === this.setup.focus : this.setup.proposals.has(p))) covered = true;
    }
    return covered ? key : undefined;
  }

  /**
   * The row of one SKU and tier (after `scopeOf` on the same item), or
   * undefined when no proposal applies to that tier.
   */
  price(item: CatalogItem, scopeKey: string, tierIndex: number, baseline: number, trace: boolean): PriceRow | undefined {
    const tier = this.setup.tiers[tierIndex]!;
    const limits = this.setup.policy.limits;
    let best: PriceRow | undefined;
    for (let s = 0; s < this.instants.length; s++) {
      const entry = this.entry(s, tierIndex, scopeKey);
      if (!entry) continue;
      const winner = pickWinner(entry.contenders, item.list);
      let plan = entry.plans.get(winner);
      if (!plan) {
        plan = buildPlan(entry.candidates, winner, tier.basisPoints !== FULL ? this.member : undefined);
        entry.plans.set(winner, plan);
      }
      const unit = unitPrice(item.list, plan, tier.basisPoints, tier.id, trace);
      if (best && (unit.worst > best.worst || (unit.worst === best.worst && unit.single >= best.single))) continue;
      const marginFloor =
        ceilDiv(item.cost * (FULL + limits.minMargin), FULL) + (limits.giftCountsInMargin ? plan.giftValue : 0);
      const depthFloor = ceilDiv(baseline * (FULL - limits.maxDepth), FULL);
      const label =
        this.setup.focus ?? (winner && this.setup.proposals.has(winner) ? winner : entry.proposal) ?? entry.candidates[0]!;
      best = {
        promotion: label.id,
        sku: item.sku,
        tier: tier.id,
        list: item.list,
        single: unit.single,
        worst: unit.worst,
        floor: Math.max(marginFloor, depthFloor),
        steps: unit.steps,
        ...(unit.worstSteps ? { worstSteps: unit.worstSteps } : {}),
        promotions: plan.appliedIds,
        baseline,
        floorBy: marginFloor > depthFloor ? 'margin' : 'depth',
        ...(trace
          ? { excluded: plan.excluded.map((e) => ({ promotion: e.promotion.id, reason: e.reason, by: e.by.id })) }
          : {}),
      };
    }
    return best;
  }

  private entry(instant: number, tierIndex: number, scopeKey: string): PlanEntry | null {
    const key = `${instant}|${tierIndex}|${scopeKey}`;
    let entry = this.memo.get(key);
    if (entry !== undefined) return entry;
    const active = this.instants[instant]!;
    const tierMask = this.tierMasks[tierIndex]!;
    const candidates: CompiledPromotion[] = [];
    let proposal: CompiledPromotion | undefined;
    for (let i = 0; i < this.pool.length; i++) {
      if (!active[i] || !this.flags[i] || !tierMask[i]) continue;
      const p = this.pool[i]!;
      candidates.push(p);
      if (!proposal && this.setup.proposals.has(p)) proposal = p;
    }
    const focused = this.setup.focus ? candidates.includes(this.setup.focus) : proposal !== undefined;
    if (!focused) {
      entry = null;
    } else {
      const products = candidates.filter((p) => p.cls === 'product');
      const bestRank = products.length > 0 ? products[0]!.rank : -1;
      entry = { candidates, contenders: products.filter((p) => p.rank === bestRank), plans: new Map(), proposal };
    }
    this.memo.set(key, entry);
    return entry;
  }
}

/** Highest priority wins (contenders share it); ties: lower resulting price, then smaller id. */
function pickWinner(contenders: readonly CompiledPromotion[], list: number): CompiledPromotion | undefined {
  if (contenders.length <= 1) return contenders[0];
  let winner = contenders[0]!;
  let price = productPrice(winner, list);
  for (let i = 1; i < contenders.length; i++) {
    const p = contenders[i]!;
    const q = productPrice(p, list);
    if (q < price || (q === price && p.id < winner.id)) {
      winner = p;
      price = q;
    }
  }
  return winner;
}

/**
 * The distinct sets of active promotions (as flags over `pool`) at the
 * instants where activity changes inside the proposals' windows: each
 * proposal's start and every other start within its window.
 */
export function activeSets(pool: readonly CompiledPromotion[], proposals: readonly CompiledPromotion[]): boolean[][] {
  const seen = new Set<string>();
  const sets: boolean[][] = [];
  for (const proposal of proposals) {
    const instants = [proposal.start, ...pool.map((p) => p.start).filter((t) => t > proposal.start && t < proposal.end)];
    for (const t of instants) {
      const active = pool.map((p) => p.start <= t && t < p.end);
      const key = active.map((a) => (a ? '1' : '0')).join('');
      if (seen.has(key)) continue;
      seen.add(key);
      sets.push(active);
    }
  }
  return sets;
}
