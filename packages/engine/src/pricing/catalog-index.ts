import type { CatalogItem } from './types.js';

/** The catalogue indexed once per run: by SKU, and the set of categories present. */
export interface CatalogIndex {
  items: readonly CatalogItem[];
  bySku: ReadonlyMap<string, CatalogItem>;
}

export function indexCatalog(items: readonly CatalogItem[]): CatalogIndex {
  const bySku = new Map<string, CatalogItem>();
  for (const item of items) bySku.set(item.sku, item);
  return { items, bySku };
}
