// Public surface of promotion pricing (issue 3).
export type { CatalogItem, PriceHistoryEntry, PriceRow, PriceStep } from './types.js';
