import {
  parseMoney,
  type PolicyDocument,
  type Promotion,
  type PromotionClass,
  type PromotionType,
} from '@storepolicy/schema';
import { CLASS_OF, EXCLUSIVITY_RANK, type Exclusivity } from './classes.js';
import { FULL, toBasisPoints } from './math.js';
import type { ResolvedPolicy } from './policy.js';

/** How a product-class promotion sets the unit price. */
export type ProductMechanic =
  | { kind: 'percent'; basisPoints: number }
  | { kind: 'amount'; fen: number }
  | { kind: 'fixed'; fen: number }
  /**
   * A document that states several mechanics (refused by promotion/one-mechanic):
   * priced at whichever gives the lowest price for each SKU, so the floor is
   * judged on the deepest reading, never on the first one found.
   */
  | { kind: 'lowest'; of: readonly SingleMechanic[] }
  | { kind: 'none' };

export type SingleMechanic = Extract<ProductMechanic, { kind: 'percent' | 'amount' | 'fixed' }>;

export interface CompiledThreshold {
  spend: number;
  off: number;
  repeat: boolean;
  /** Largest reduction, fen; Infinity when uncapped. */
  cap: number;
}

export interface CompiledCoupon {
  amount: number;
  minSpend: number;
}

export interface CompiledScope {
  all: boolean;
  categories: ReadonlySet<string> | undefined;
  skus: ReadonlySet<string> | undefined;
}

/**
 * A Promotion document reduced to numbers once, so the per-SKU loop only
 * compares integers and looks up sets. Stacking is already the effective one:
 * the policy's rule for the type, narrowed (never widened) by the document.
 */
export interface CompiledPromotion {
  id: string;
  /** `type:id`, the `by` of its price steps. */
  label: string;
  doc: PolicyDocument<Promotion>;
  type: PromotionType;
  cls: PromotionClass;
  /** Lever priority, 0 = most preferred. */
  rank: number;
  approved: boolean;
  /** Epoch ms; NaN when the text is not a valid instant. */
  start: number;
  end: number;
  scope: CompiledScope;
  /** Eligible tier ids; undefined = every tier. */
  tiers: ReadonlySet<string> | undefined;
  combinesWith: ReadonlySet<PromotionClass>;
  exclusive: Exclusivity;
  allowWithGlobal: ReadonlySet<PromotionClass>;
  /** Classes the document lists in `combines_with` that its policy rule does not allow. */
  widens: PromotionClass[];
  /** The document asks for a looser exclusivity than the policy's. */
  loosensExclusive: boolean;
  product: ProductMechanic;
  threshold: CompiledThreshold | undefined;
  coupon: CompiledCoupon | undefined;
  /** Stated gift value per order (value x quantity), fen. */
  giftValue: number;
  /** `display.reference_price` in fen, when shown. */
  referencePrice: number | undefined;
  /** Counted in the worst stacked case only (a member's birthday coupon). */
  worstOnly?: boolean;
  /** A member-tier benefit priced as a promotion, not a Promotion document. */
  memberBenefit?: boolean;
}

function money(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  try {
    return parseMoney(value);
  } catch {
    return undefined;
  }
}

/** The product-class price mechanics a document states, in the order fixed, percent, amount. */
export function statedMechanics(spec: Promotion['spec']): SingleMechanic[] {
  const stated: SingleMechanic[] = [];
  const fixed = money(spec.fixed_price);
  if (fixed !== undefined) stated.push({ kind: 'fixed', fen: fixed });
  if (spec.percent_off !== undefined) stated.push({ kind: 'percent', basisPoints: Math.min(FULL, toBasisPoints(spec.percent_off)) });
  const amount = money(spec.amount_off);
  if (amount !== undefined) stated.push({ kind: 'amount', fen: amount });
  return stated;
}

function productMechanic(spec: Promotion['spec']): ProductMechanic {
  if (CLASS_OF[spec.type] !== 'product') return { kind: 'none' };
  const stated = statedMechanics(spec);
  if (stated.length === 0) return { kind: 'none' };
  return stated.length === 1 ? stated[0]! : { kind: 'lowest', of: stated };
}

export function compilePromotion(doc: PolicyDocument<Promotion>, policy: ResolvedPolicy): CompiledPromotion {
  const spec = doc.value.spec;
  const type = spec.type;
  const rule = policy.stacking[type];
  const own = spec.combines_with;
  // What the policy lets this type stack with: for a globally exclusive type,
  // only the classes it explicitly allows alongside.
  const allowed = rule.exclusive === 'global' ? rule.allowWithGlobal : rule.combinesWith;
  const combinesWith = own ? new Set(own.filter((c) => rule.combinesWith.has(c))) : rule.combinesWith;
  const widens = own ? own.filter((c) => !allowed.has(c)) : [];
  const ownExclusive = spec.exclusive ?? rule.exclusive;
  const exclusive = EXCLUSIVITY_RANK[ownExclusive] >= EXCLUSIVITY_RANK[rule.exclusive] ? ownExclusive : rule.exclusive;

  const t = spec.threshold;
  const spend = money(t?.spend);
  const off = money(t?.off);
  // A spend of 0 is refused (promotion/threshold-sane) and still priced: the
  // reduction then applies to any order, so it is never read as "no reduction".
  const threshold =
    type === 'threshold_reduction' && spend !== undefined && off !== undefined
      ? { spend, off, repeat: t?.repeat ?? false, cap: money(t?.cap) ?? Number.POSITIVE_INFINITY }
      : undefined;
  const amount = money(spec.coupon?.amount);
  const coupon =
    type === 'coupon' && amount !== undefined ? { amount, minSpend: money(spec.coupon?.min_spend) ?? 0 } : undefined;
  const giftValue = type === 'gift' ? (money(spec.gift?.value) ?? 0) * (spec.gift?.quantity ?? 1) : 0;

  return {
    id: doc.value.metadata.name,
    label: `${type}:${doc.value.metadata.name}`,
    doc,
    type,
    cls: CLASS_OF[type],
    rank: policy.rank[type],
    approved: spec.status === 'approved',
    start: Date.parse(spec.window.start),
    end: Date.parse(spec.window.end),
    scope: {
      all: spec.scope.all === true,
      categories: spec.scope.categories ? new Set(spec.scope.categories) : undefined,
      skus: spec.scope.skus ? new Set(spec.scope.skus) : undefined,
    },
    tiers: spec.tiers ? new Set(spec.tiers) : undefined,
    combinesWith,
    exclusive,
    allowWithGlobal: rule.allowWithGlobal,
    widens,
    loosensExclusive: EXCLUSIVITY_RANK[ownExclusive] < EXCLUSIVITY_RANK[rule.exclusive],
    product: productMechanic(spec),
    threshold,
    coupon,
    giftValue,
    referencePrice: money(spec.display?.reference_price),
  };
}

export function inScope(p: CompiledPromotion, sku: string, category: string): boolean {
  const s = p.scope;
  return s.all || (s.categories !== undefined && s.categories.has(category)) || (s.skus !== undefined && s.skus.has(sku));
}

export function eligibleTier(p: CompiledPromotion, tier: string): boolean {
  return p.tiers === undefined || p.tiers.has(tier);
}

/** Half-open windows [start, end) overlap. */
export function windowsOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
