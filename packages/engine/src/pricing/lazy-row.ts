import { unitPrice, type UnitPrice } from './compute.js';
import type { StackPlan } from './plan.js';
import type { PriceRow, PriceStep, TierInversionMark } from './types.js';

/**
 * A dry-run row whose step traces are built the first time something reads
 * them (`steps`, `worstSteps`, or JSON output). A 100,000-SKU dry-run made
 * about eight step objects per row that the table, the checks and the
 * console never read: half of its time went to building and collecting
 * them. The trace is the same computation (`unitPrice` on the same plan and
 * list price) deferred, so every reader sees exactly what an eager row held,
 * and `toJSON` writes the keys in the eager row's order.
 *
 * Spreading a row (`{ ...row }`) copies own properties only and leaves the
 * traces out: copy them by name when a copy needs them.
 */
export class LazyStepsRow implements PriceRow {
  promotion: string;
  sku: string;
  tier: string;
  list: number;
  single: number;
  worst: number;
  floor: number;
  promotions: readonly string[];
  baseline: number;
  cost: number;
  floorBy: 'margin' | 'depth';
  declare paysMoreThan?: TierInversionMark;
  declare excluded?: PriceRow['excluded'];
  readonly #plan: StackPlan;
  readonly #basisPoints: number;
  #unit: Pick<UnitPrice, 'steps' | 'worstSteps'> | undefined;

  constructor(
    promotion: string,
    sku: string,
    tier: string,
    list: number,
    single: number,
    worst: number,
    floor: number,
    promotions: readonly string[],
    baseline: number,
    cost: number,
    floorBy: 'margin' | 'depth',
    plan: StackPlan,
    basisPoints: number,
  ) {
    this.promotion = promotion;
    this.sku = sku;
    this.tier = tier;
    this.list = list;
    this.single = single;
    this.worst = worst;
    this.floor = floor;
    this.promotions = promotions;
    this.baseline = baseline;
    this.cost = cost;
    this.floorBy = floorBy;
    this.#plan = plan;
    this.#basisPoints = basisPoints;
    this.#unit = undefined;
  }

  #traced(): Pick<UnitPrice, 'steps' | 'worstSteps'> {
    this.#unit ??= unitPrice(this.list, this.#plan, this.#basisPoints, this.tier, false);
    return this.#unit;
  }

  get steps(): PriceStep[] {
    return this.#traced().steps;
  }

  set steps(steps: PriceStep[]) {
    this.#unit = { steps, worstSteps: this.#traced().worstSteps };
  }

  get worstSteps(): PriceStep[] | undefined {
    return this.#traced().worstSteps;
  }

  set worstSteps(worstSteps: PriceStep[] | undefined) {
    this.#unit = { steps: this.#traced().steps, worstSteps };
  }

  /** The eager row's JSON: `steps` after `floor`, `worstSteps` (when set) after `floorBy`. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(this) as (keyof this & string)[]) {
      out[key] = this[key];
      if (key === 'floor') out.steps = this.steps;
      else if (key === 'floorBy' && this.worstSteps) out.worstSteps = this.worstSteps;
    }
    return out;
  }
}
