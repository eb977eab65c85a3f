/** One step of a price computation, as `explain` prints it and JSON reports it. */
export interface PriceStep {
  /** What produced the step, e.g. `product_discount:double11-dresses` or `member_price:svip`. */
  by: string;
  /** Running price after the step, integer fen. */
  price: number;
  /**
   * Set (only in `explainPrice` traces) when the promotion applied but did not
   * change this price: `threshold-not-met` (the unit alone is below the spend
   * threshold) or `min-spend-not-met` (below the coupon's minimum spend).
   */
  skipped?: 'threshold-not-met' | 'min-spend-not-met';
}

/** SPEC section 7 `prices` entry: all amounts are integer fen. */
export interface PriceRow {
  promotion: string;
  sku: string;
  tier: string;
  list: number;
  single: number;
  worst: number;
  floor: number;
  steps: PriceStep[];
  /** Steps of the worst stacked case, when they differ from `steps`. */
  worstSteps?: PriceStep[];
  /** Ids of every promotion that applies to this SKU and tier (all classes), by lever priority. */
  promotions?: readonly string[];
  /** The 7-day comparison price the floor's depth part is based on, fen. */
  baseline?: number;
  /**
   * The unit cost the floor's margin part is built on, fen: the catalogue
   * cost plus the gifts given with the unit when the policy counts gifts in
   * the margin. Margins shown next to the floor are taken over this cost.
   */
  cost?: number;
  /** Which part of the floor binds: the margin over cost, or the depth below the baseline. */
  floorBy?: 'margin' | 'depth';
  /**
   * Set when a lower member tier pays less for one unit than this (higher)
   * tier: the cheapest lower tier and its single price, fen
   * (`promotion/tier-inversion`).
   */
  paysMoreThan?: TierInversionMark;
  /** Promotions that were in scope but did not apply, and why (explain traces). */
  excluded?: { promotion: string; reason: 'lost' | 'handshake' | 'class-exclusive' | 'global-exclusive' | 'unused'; by: string }[];
}

/**
 * One day of a SKU's price history: the list price that day and, when
 * anything sold, the lowest transaction price that day (integer fen).
 * The 7-day lowest price (reference-price law) and the look-back window
 * (price raised before a discount) are both derived from these.
 */
export interface PriceHistoryEntry {
  /** Calendar day in the store's timezone, `YYYY-MM-DD`. */
  date: string;
  list: number;
  /** Lowest transaction price that day; absent when nothing sold. */
  transaction?: number;
}

/** One catalogue row, parsed at the boundary (CSV/NDJSON) into integer fen. */
export interface CatalogItem {
  sku: string;
  category: string;
  /** Current list price, fen. */
  list: number;
  /** Unit cost, fen. */
  cost: number;
  /** Oldest first. */
  history: PriceHistoryEntry[];
}

/** Why a higher tier pays more than a lower one (`PriceRow.paysMoreThan`). */
export interface TierInversionMark {
  /** The cheapest lower tier. */
  tier: string;
  /** Its single-unit price, fen. */
  single: number;
  /**
   * What made the difference: a threshold or coupon minimum the higher
   * tier's price misses (`reach` < `need`, fen), a promotion that applies to
   * the lower tier only, or nothing this simple (`other`).
   */
  lever: 'threshold' | 'min-spend' | 'not-applied' | 'other';
  promotion?: string;
  reach?: number;
  need?: number;
}
