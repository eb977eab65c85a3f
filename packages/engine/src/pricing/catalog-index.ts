import type { CatalogItem } from './types.js';

/** The catalogue indexed once per run: by SKU, and the set of categories present. */
export interface CatalogIndex {
  items: readonly CatalogItem[];
  bySku: ReadonlyMap<string, CatalogItem>;
}

/** The SKU map is built on first use: most dry-runs never look a SKU up by name. */
export function indexCatalog(items: readonly CatalogItem[]): CatalogIndex {
  let bySku: Map<string, CatalogItem> | undefined;
  return {
    items,
    get bySku() {
      if (!bySku) {
        bySku = new Map();
        for (const item of items) bySku.set(item.sku, item);
      }
      return bySku;
    },
  };
}
