import { eligibleTier, inScope, type CompiledPromotion } from './compile.js';
import { productPrice, unitNumbers, unitPrice, type UnitNumbers } from './compute.js';
import { LazyStepsRow } from './lazy-row.js';
import { FULL, ceilDiv } from './math.js';
import { buildPlans, byPriority, type StackPlan } from './plan.js';
import type { ResolvedPolicy } from './policy.js';
import type { Stackable } from './stacking.js';
import type { PricingTier } from './tiers.js';
import type { CatalogItem, PriceRow } from './types.js';

/** Candidates of one (scope pattern, instant, tier), and their plans by product winner. */
interface PlanEntry {
  candidates: CompiledPromotion[];
  /** Product-class candidates of the best rank: the winner is one of them. */
  contenders: CompiledPromotion[];
  /** Per product winner: the stacking variants a buyer may choose (`buildPlans`), the default first. */
  plans: Map<CompiledPromotion | undefined, StackPlan[]>;
  /** First proposal among the candidates (labels rows the winner does not). */
  proposal: CompiledPromotion | undefined;
  /** Set when an earlier instant has exactly these candidates: nothing new to price. */
  repeats: boolean;
}

/** Everything SKUs with the same in-scope promotions share: plan entries by instant and tier. */
export interface ScopePattern {
  flags: readonly boolean[];
  /** [instant][tier]; undefined = not computed yet, null = no proposal applies. */
  entries: (PlanEntry | null | undefined)[][];
}

export interface PricerSetup {
  policy: ResolvedPolicy;
  /** The proposals and every calendar promotion overlapping one of them. */
  pool: readonly CompiledPromotion[];
  proposals: ReadonlySet<CompiledPromotion>;
  tiers: readonly PricingTier[];
  /** Restrict rows to instants where this proposal is active and applies. */
  focus?: CompiledPromotion;
  /**
   * Build untraced rows' steps when they are read (default). `false` builds
   * them at once: the straightforward path the fast one is tested against.
   */
  lazySteps?: boolean;
}

/**
 * Prices SKUs for every tier at every instant where the set of active
 * promotions changes, keeping the lowest worst case. SKUs covered by the
 * same promotions share one `ScopePattern`, so stacking is decided once per
 * pattern, instant and tier; per SKU the work is integer steps, and the
 * steps are recorded only for the instant that is kept.
 */
export class Pricer {
  private readonly pool: CompiledPromotion[];
  private readonly instants: boolean[][];
  private readonly tierMasks: boolean[][];
  private readonly member: Stackable;
  private readonly patterns = new Map<number | string, ScopePattern>();
  private readonly isProposal: boolean[];
  private readonly scratch: UnitNumbers = { single: 0, worst: 0 };
  private readonly lazySteps: boolean;

  constructor(private readonly setup: PricerSetup) {
    this.pool = [...setup.pool].sort(byPriority);
    this.instants = activeSets(this.pool, setup.focus ? [setup.focus] : [...setup.proposals]);
    this.tierMasks = setup.tiers.map((tier) => this.pool.map((p) => eligibleTier(p, tier.id)));
    this.isProposal = this.pool.map((p) => (setup.focus ? p === setup.focus : setup.proposals.has(p)));
    const rule = setup.policy.stacking.member_price;
    this.lazySteps = setup.lazySteps ?? true;
    this.member = { cls: 'member', combinesWith: rule.combinesWith, exclusive: rule.exclusive, allowWithGlobal: rule.allowWithGlobal };
  }

  /** The SKU's scope pattern, or undefined when no proposal covers it. */
  scopeOf(item: CatalogItem): ScopePattern | undefined {
    // A bit mask while it fits a small integer, a string beyond.
    const small = this.pool.length <= 30;
    let mask = 0;
    let text = '';
    let covered = false;
    for (let i = 0; i < this.pool.length; i++) {
      if (!inScope(this.pool[i]!, item.sku, item.category)) {
        if (!small) text += '0';
        continue;
      }
      if (small) mask |= 1 << i;
      else text += '1';
      if (this.isProposal[i]) covered = true;
    }
    if (!covered) return undefined;
    const key = small ? mask : text;
    let pattern = this.patterns.get(key);
    if (!pattern) {
      const flags = this.pool.map((p) => inScope(p, item.sku, item.category));
      pattern = { flags, entries: this.instants.map(() => new Array(this.setup.tiers.length).fill(undefined)) };
      this.patterns.set(key, pattern);
    }
    return pattern;
  }

  /** The row of one SKU and tier, or undefined when no proposal applies to that tier. */
  price(
    item: CatalogItem,
    pattern: ScopePattern,
    tierIndex: number,
    baseline: number,
    trace: boolean,
    basisPoints?: number,
  ): PriceRow | undefined {
    const own = this.setup.tiers[tierIndex]!;
    // Another member price for the same tier: what-if pricing for a hint (tier-inversion).
    const tier = basisPoints === undefined ? own : { id: own.id, basisPoints };
    let bestPlan: StackPlan | undefined;
    let bestEntry: PlanEntry | undefined;
    let bestSingle = 0;
    let bestWorst = 0;
    for (let s = 0; s < this.instants.length; s++) {
      const entry = this.entry(pattern, s, tierIndex);
      if (!entry || entry.repeats) continue;
      for (const plan of this.plans(entry, item.list, tier)) {
        const unit = unitNumbers(item.list, plan, tier.basisPoints, this.scratch);
        if (bestPlan && (unit.worst > bestWorst || (unit.worst === bestWorst && unit.single >= bestSingle))) continue;
        bestPlan = plan;
        bestEntry = entry;
        bestSingle = unit.single;
        bestWorst = unit.worst;
      }
    }
    if (!bestPlan || !bestEntry) return undefined;

    const limits = this.setup.policy.limits;
    const gifts = limits.giftCountsInMargin ? bestPlan.giftValue : 0;
    const marginFloor = ceilDiv(item.cost * (FULL + limits.minMargin), FULL) + gifts;
    const depthFloor = ceilDiv(baseline * (FULL - limits.maxDepth), FULL);
    const winner = bestPlan.winner;
    const label = this.setup.focus ?? (winner && this.setup.proposals.has(winner) ? winner : bestEntry.proposal) ?? bestEntry.candidates[0]!;
    const floor = marginFloor > depthFloor ? marginFloor : depthFloor;
    const floorBy = marginFloor > depthFloor ? 'margin' : 'depth';
    // The table and the checks read numbers only: steps are built when read.
    // Fields passed one by one: a numbers object per row would be garbage at once (500,000 in the benchmark).
    if (!trace && this.lazySteps) {
      return new LazyStepsRow(label.id, item.sku, tier.id, item.list, bestSingle, bestWorst, floor, bestPlan.appliedIds, baseline, item.cost + gifts, floorBy, bestPlan, tier.basisPoints);
    }
    const unit = unitPrice(item.list, bestPlan, tier.basisPoints, tier.id, trace);
    const row: PriceRow = {
      promotion: label.id,
      sku: item.sku,
      tier: tier.id,
      list: item.list,
      single: unit.single,
      worst: unit.worst,
      floor,
      steps: unit.steps,
      promotions: bestPlan.appliedIds,
      baseline,
      cost: item.cost + gifts,
      floorBy,
    };
    if (unit.worstSteps) row.worstSteps = unit.worstSteps;
    if (trace) row.excluded = bestPlan.excluded.map((e) => ({ promotion: e.promotion.id, reason: e.reason, by: e.by ? e.by.id : `member_price:${tier.id}` }));
    return row;
  }

  private plans(entry: PlanEntry, list: number, tier: PricingTier): StackPlan[] {
    const winner = pickWinner(entry.contenders, list);
    let plans = entry.plans.get(winner);
    if (!plans) {
      plans = buildPlans(entry.candidates, winner, tier.basisPoints !== FULL ? this.member : undefined);
      entry.plans.set(winner, plans);
    }
    return plans;
  }

  private entry(pattern: ScopePattern, instant: number, tierIndex: number): PlanEntry | null {
    const row = pattern.entries[instant]!;
    const cached = row[tierIndex];
    if (cached !== undefined) return cached;
    const active = this.instants[instant]!;
    const tierMask = this.tierMasks[tierIndex]!;
    const candidates: CompiledPromotion[] = [];
    let proposal: CompiledPromotion | undefined;
    let focused = false;
    for (let i = 0; i < this.pool.length; i++) {
      if (!active[i] || !pattern.flags[i] || !tierMask[i]) continue;
      const p = this.pool[i]!;
      candidates.push(p);
      if (this.isProposal[i]) focused = true;
      if (!proposal && this.setup.proposals.has(p)) proposal = p;
    }
    let entry: PlanEntry | null = null;
    if (focused) {
      const products = candidates.filter((p) => p.cls === 'product');
      const bestRank = products.length > 0 ? products[0]!.rank : -1;
      // Most instants differ only for other SKUs: the same candidates here price the same.
      const repeats = pattern.entries
        .slice(0, instant)
        .some((earlier) => {
          const e = earlier[tierIndex];
          return e != null && !e.repeats && sameList(e.candidates, candidates);
        });
      entry = { candidates, contenders: products.filter((p) => p.rank === bestRank), plans: new Map(), proposal, repeats };
    }
    row[tierIndex] = entry;
    return entry;
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
 * proposal's start, every other start within its window, and every end
 * within it. Ends count too: a globally exclusive flash sale that ends
 * mid-window leaves the rest of the window to deeper stacks (starts are
 * listed first, so a tie keeps the earlier instant's row).
 */
export function activeSets(pool: readonly CompiledPromotion[], proposals: readonly CompiledPromotion[]): boolean[][] {
  const seen = new Set<string>();
  const sets: boolean[][] = [];
  for (const proposal of proposals) {
    const inside = (t: number) => t > proposal.start && t < proposal.end;
    const instants = [proposal.start, ...pool.map((p) => p.start).filter(inside), ...pool.map((p) => p.end).filter(inside)];
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
