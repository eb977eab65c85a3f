/** One step of a price computation, as `explain` prints it and JSON reports it. */
export interface PriceStep {
  /** What produced the step, e.g. `product_discount:double11-dresses` or `member_price:svip`. */
  by: string;
  /** Running price after the step, integer fen. */
  price: number;
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
