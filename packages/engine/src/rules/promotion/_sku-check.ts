import type { MessageEntry } from '@storepolicy/schema';
import type { StoreBundle } from '../../model.js';
import type { CompiledPromotion } from '../../pricing/compile.js';
import type { Baseline } from '../../pricing/history.js';
import type { ResolvedPolicy } from '../../pricing/policy.js';
import type { CatalogItem, PriceRow } from '../../pricing/types.js';
import type { FindingInput, RuleMeta } from '../../rule.js';

/** What a per-SKU check sees for one proposal and one SKU in its scope. */
export interface SkuCheckContext {
  policy: ResolvedPolicy;
  proposal: CompiledPromotion;
  item: CatalogItem;
  baseline: Baseline;
  /** The proposal's start day in the store's timezone (`YYYY-MM-DD`). */
  startDate: string;
  /** The day of `now` in the store's timezone: history after it cannot exist yet. */
  today: string;
  /** Lowest list price in the policy's look-back window, when history covers it. */
  lowestList: number | undefined;
  /** The SKU's row with the lowest worst price across tiers among the rows the proposal applies to. */
  worstRow: PriceRow | undefined;
  /**
   * The SKU's rows for every tier a proposal applies to, in MemberTiers order
   * (lowest tier first), including tiers a `--tier` filter leaves out of the table.
   */
  rows: readonly PriceRow[];
  /** The tier's row priced again with every step traced, optionally at another member price (basis points). */
  retrace(tier: string, basisPoints?: number): PriceRow | undefined;
  /** The tier's own member price in basis points (undefined for a tier not priced in this run). */
  tierBasisPoints(tier: string): number | undefined;
  /** Every promotion priced in this run: the proposals and the calendar overlapping them. */
  pool: readonly CompiledPromotion[];
  bundle: StoreBundle;
  /**
   * Whether a row's findings belong to this proposal: in a dry-run, the rows
   * it labels; in `validate`'s calendar pricing, the rows where it is the
   * newest of the promotions that lower the price (reported once, on it).
   */
  owns(row: PriceRow): boolean;
  /** The promotion (or member coupon) of an id in a row's `promotions`. */
  promotionById(id: string): CompiledPromotion | undefined;
  /**
   * Set only in `validate`'s calendar pricing, where every approved promotion
   * is priced in turn and a SKU's rows come back once per promotion covering
   * it: `first(key)` is true the first time a finding's key is seen in the
   * whole calendar, so a check that keys its findings reports each once.
   */
  calendar?: { first(key: string): boolean };
  /**
   * Report a finding. Past the first few of a rule only a count is kept, so a
   * finding that is costly to build (related locations, what-if prices) can
   * be passed as a function, called only when the finding is kept.
   */
  report(meta: RuleMeta, finding: FindingInput | (() => FindingInput)): void;
}

/** A check that runs for every SKU of a proposal's scope, inside the dry-run loop. */
export interface SkuCheck {
  meta: RuleMeta;
  checkSku(ctx: SkuCheckContext): void;
}

/**
 * Per-SKU checks report the first few SKUs one by one and then one summary
 * ("and 9,950 more SKUs"), so a catalogue-wide mistake stays readable.
 */
export const MORE_MESSAGE: MessageEntry = {
  message: {
    en: 'the same problem affects {count} more SKUs of "{id}" (first ones reported above)',
    zh: '"{id}" 还有 {count} 个 SKU 存在同样问题（前几个已在上方列出）',
  },
};
