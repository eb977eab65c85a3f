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
