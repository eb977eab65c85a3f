import type { PolicyDocument } from '@storepolicy/schema';
import type { StoreBundle } from '../../model.js';
import type { CompiledPromotion } from '../../pricing/compile.js';
import type { CatalogIndex } from '../../pricing/catalog-index.js';
import { LIMIT_POINTERS, type ResolvedLimits, type ResolvedPolicy } from '../../pricing/policy.js';
import type { FindingInput, RelatedInput, RuleMeta } from '../../rule.js';

/** Everything a promotion check may look at for one proposal. */
export interface PromotionCheckContext {
  bundle: StoreBundle;
  policy: ResolvedPolicy;
  proposal: CompiledPromotion;
  /** Every other known promotion (calendar and the other proposals of the run). */
  others: readonly CompiledPromotion[];
  /**
   * The promotions to judge pairwise against the proposal (conflict,
   * not-combinable): all `others` in a dry-run; in `validate`, only the ones
   * after it in the calendar, so each pair is reported once.
   */
  pairWith: readonly CompiledPromotion[];
  /** Present in `check promotion` (a catalogue was given); absent in `validate`. */
  catalog: CatalogIndex | undefined;
  /** Present in a dry-run; `validate` judges documents, not timing. */
  now: Date | undefined;
  report(meta: RuleMeta, finding: FindingInput): void;
}

/** A check over one proposal's document (its price-level checks run in the dry-run loop). */
export interface PromotionCheck {
  meta: RuleMeta;
  /** Also run by `storepolicy validate` over the store's calendar. */
  inValidate: boolean;
  check(ctx: PromotionCheckContext): void;
}

/** `related` entry pointing at the policy line that set a limit, when the policy sets it. */
export function limitRelated(policy: ResolvedPolicy, limit: keyof ResolvedLimits, messageId: string): RelatedInput[] {
  return policyRelated(policy, LIMIT_POINTERS[limit], messageId);
}

export function policyRelated(policy: ResolvedPolicy, pointer: string, messageId: string): RelatedInput[] {
  const doc = policy.doc as PolicyDocument | undefined;
  if (!doc || !doc.has(pointer)) return [];
  return [{ doc, pointer, messageId }];
}

/** Where a proposal states its price mechanic, for findings about its depth. */
export function mechanicPointer(p: CompiledPromotion): string {
  const m = p.product;
  switch (m.kind === 'lowest' ? m.of[0]!.kind : m.kind) {
    case 'percent':
      return '/spec/percent_off';
    case 'amount':
      return '/spec/amount_off';
    case 'fixed':
      return '/spec/fixed_price';
    default:
      return p.threshold ? '/spec/threshold' : p.coupon ? '/spec/coupon' : p.type === 'gift' ? '/spec/gift/value' : '/spec/type';
  }
}

export function hours(ms: number): number {
  return Math.round((ms / 3_600_000) * 10) / 10;
}
