import type { CatalogIndex } from './catalog-index.js';
import { inScope, windowsOverlap, type CompiledPromotion } from './compile.js';

function intersects(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function skusInCategories(
  skus: ReadonlySet<string> | undefined,
  categories: ReadonlySet<string> | undefined,
  catalog: CatalogIndex,
): boolean {
  if (!skus || !categories) return false;
  for (const sku of skus) {
    const item = catalog.bySku.get(sku);
    if (item && categories.has(item.category)) return true;
  }
  return false;
}

/**
 * Whether two scopes share a product. Without a catalogue a category scope
 * and a SKU scope cannot be compared, so they are taken not to meet: the
 * calendar check in `validate` then stays quiet rather than guess, and the
 * dry-run (which has the catalogue) decides exactly.
 */
export function scopesMeet(a: CompiledPromotion, b: CompiledPromotion, catalog?: CatalogIndex): boolean {
  if (a.scope.all || b.scope.all) return true;
  if (intersects(a.scope.categories, b.scope.categories) || intersects(a.scope.skus, b.scope.skus)) return true;
  if (!catalog) return false;
  return (
    skusInCategories(a.scope.skus, b.scope.categories, catalog) || skusInCategories(b.scope.skus, a.scope.categories, catalog)
  );
}

export function tiersMeet(a: CompiledPromotion, b: CompiledPromotion): boolean {
  if (!a.tiers || !b.tiers) return true;
  for (const t of a.tiers) if (b.tiers.has(t)) return true;
  return false;
}

/** Two promotions can be active on one SKU for one tier at one instant. */
export function promotionsMeet(a: CompiledPromotion, b: CompiledPromotion, catalog?: CatalogIndex): boolean {
  return windowsOverlap(a, b) && tiersMeet(a, b) && scopesMeet(a, b, catalog);
}

/**
 * The distinct "places" promotions can meet, as flags over `promos` (which
 * of them cover that place). With a catalogue, a place is a group of SKUs
 * covered by exactly the same promotions; without one, it is a category or a
 * named SKU (a SKU's own category is then unknown, so category promotions are
 * not counted on it: the count can only be low, never invent a crowd).
 */
export function meetingPlaces(
  promos: readonly CompiledPromotion[],
  catalog: CatalogIndex | undefined,
  categories: readonly string[],
): boolean[][] {
  const places = new Map<string, boolean[]>();
  const add = (flags: boolean[]) => {
    const key = flags.map((f) => (f ? '1' : '0')).join('');
    if (!places.has(key)) places.set(key, flags);
  };
  if (catalog) {
    // A bit mask per SKU while it fits (the common case), flags only for new masks.
    const small = promos.length <= 30;
    const seen = new Set<number>();
    for (const item of catalog.items) {
      if (small) {
        let mask = 0;
        for (let i = 0; i < promos.length; i++) if (inScope(promos[i]!, item.sku, item.category)) mask |= 1 << i;
        if (seen.has(mask)) continue;
        seen.add(mask);
      }
      add(promos.map((p) => inScope(p, item.sku, item.category)));
    }
    return [...places.values()];
  }
  const named = new Set<string>(categories);
  const skus = new Set<string>();
  for (const p of promos) {
    p.scope.categories?.forEach((c) => named.add(c));
    p.scope.skus?.forEach((s) => skus.add(s));
  }
  for (const c of named) add(promos.map((p) => p.scope.all || p.scope.categories?.has(c) === true));
  for (const s of skus) add(promos.map((p) => p.scope.all || p.scope.skus?.has(s) === true));
  return [...places.values()];
}
