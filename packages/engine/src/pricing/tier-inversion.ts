import type { CompiledPromotion } from './compile.js';
import type { PriceRow, TierInversionMark } from './types.js';

/**
 * A higher member tier paying more for one unit than a lower tier
 * ("我是会员反而更贵"). `lower` is the cheapest of the tiers below `higher`,
 * so each higher tier is reported once, against the price that hurts most.
 */
export interface TierInversion {
  higher: PriceRow;
  lower: PriceRow;
}

/**
 * Every inverted tier of one SKU. `rows` are the SKU's rows in MemberTiers
 * order (lowest tier first); a tier with no row (no proposal applies to it)
 * is not compared.
 */
export function findTierInversions(rows: readonly PriceRow[]): TierInversion[] {
  const found: TierInversion[] = [];
  let cheapest: PriceRow | undefined;
  for (const row of rows) {
    if (cheapest && row.single > cheapest.single) found.push({ higher: row, lower: cheapest });
    if (!cheapest || row.single < cheapest.single) cheapest = row;
  }
  return found;
}

/**
 * The lever behind an inversion, read from the two tiers' steps. Both rows
 * must be traced (`explain` steps, with `skipped` marks) so that a threshold
 * the higher tier missed is visible.
 */
export function inversionLever(higher: PriceRow, lower: PriceRow, pool: readonly CompiledPromotion[]): TierInversionMark {
  // Plain loops and literals (keys in the mark's order: tier, single, lever, promotion, reach, need):
  // a 100,000-SKU dry-run marks tens of thousands of rows, and the sets and spreads were most of its cost.
  const byLabel = labelsOf(pool);
  let before = higher.list;
  for (const step of higher.steps) {
    const promotion = byLabel.get(step.by);
    if (step.skipped && promotion && lower.steps.some((s) => !s.skipped && s.by === step.by)) {
      if (step.skipped === 'threshold-not-met' && promotion.threshold) {
        return { tier: lower.tier, single: lower.single, lever: 'threshold', promotion: promotion.id, reach: before, need: promotion.threshold.spend };
      }
      if (step.skipped === 'min-spend-not-met' && promotion.coupon) {
        return { tier: lower.tier, single: lower.single, lever: 'min-spend', promotion: promotion.id, reach: before, need: promotion.coupon.minSpend };
      }
    }
    before = step.price;
  }
  const higherHas = higher.promotions ?? [];
  const missing = (lower.promotions ?? []).find((id) => !higherHas.includes(id));
  if (missing !== undefined) return { tier: lower.tier, single: lower.single, lever: 'not-applied', promotion: missing };
  return { tier: lower.tier, single: lower.single, lever: 'other' };
}

/** Promotions by step label, built once per pool (not once per inverted row). */
const labelMaps = new WeakMap<readonly CompiledPromotion[], ReadonlyMap<string, CompiledPromotion>>();

function labelsOf(pool: readonly CompiledPromotion[]): ReadonlyMap<string, CompiledPromotion> {
  let map = labelMaps.get(pool);
  if (!map) {
    map = new Map(pool.map((p) => [p.label, p]));
    labelMaps.set(pool, map);
  }
  return map;
}

/**
 * Mark every inverted row of one SKU with `paysMoreThan` and its lever.
 * `retrace` prices a tier's row again with every step recorded.
 */
export function markTierInversions(
  rows: readonly PriceRow[],
  retrace: (row: PriceRow) => PriceRow | undefined,
  pool: readonly CompiledPromotion[],
): void {
  const found = findTierInversions(rows);
  if (found.length === 0) return;
  // The cheapest lower tier is usually the same for several higher ones: trace it once.
  const traced = new Map<PriceRow, PriceRow>();
  const traceOf = (row: PriceRow) => {
    let t = traced.get(row);
    if (!t) {
      t = retrace(row) ?? row;
      traced.set(row, t);
    }
    return t;
  };
  for (const { higher, lower } of found) higher.paysMoreThan = inversionLever(traceOf(higher), traceOf(lower), pool);
}
