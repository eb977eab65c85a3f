import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StoreBundle } from '@storepolicy/engine';
import type { PolicyDocument, Span } from '@storepolicy/schema';
import type { Analysis } from '../analyze.js';
import { readCsvTable } from '../catalog/csv-records.js';
import { holdingKey, pointersOf } from './tree.js';

/** The ids documents name one another by. */
export type IdKind = 'tier' | 'category' | 'promotion' | 'sku';

export interface IdSite {
  kind: IdKind;
  id: string;
  store: string;
  file: string;
  span: Span;
  /** Set on a reference: the document and pointer that name the id. */
  doc?: PolicyDocument;
  pointer?: string;
}

export interface IdIndex {
  definitions: IdSite[];
  references: IdSite[];
}

/**
 * Keys whose string values (or string list items) name an id defined
 * elsewhere, as the schemas describe them (`tiers: [gold]`, `category: dresses`,
 * a waiver's `target.sku`). Definitions are objects (`tiers: [{id: gold}]`), so
 * the same key names both without ambiguity.
 */
export const REFERENCE_KEYS: Record<string, IdKind> = {
  tier: 'tier',
  tiers: 'tier',
  category: 'category',
  categories: 'category',
  sku: 'sku',
  skus: 'sku',
  gift_sku: 'sku',
  promotion: 'promotion',
};

export function referenceKind(pointer: string): IdKind | undefined {
  const key = holdingKey(pointer);
  return key === undefined ? undefined : REFERENCE_KEYS[key];
}

/** Every definition and reference of an id in the analysed stores (the catalogue's SKUs included). */
export function buildIdIndex(analysis: Analysis): IdIndex {
  const index: IdIndex = { definitions: [], references: [] };
  for (const bundle of analysis.set.stores) {
    index.definitions.push(...definitionsOf(bundle));
    for (const doc of bundle.documents) index.references.push(...referencesIn(doc, bundle.id));
  }
  return index;
}

function definitionsOf(bundle: StoreBundle): IdSite[] {
  const sites: IdSite[] = [];
  const at = (kind: IdKind, id: string, doc: PolicyDocument, pointer: string) =>
    sites.push({ kind, id, store: bundle.id, file: doc.file, span: doc.locate(pointer) });
  bundle.memberTiers?.value.spec.tiers.forEach((tier, i) => at('tier', tier.id, bundle.memberTiers!, `/spec/tiers/${i}/id`));
  bundle.store?.value.spec.categories.forEach((category, i) => at('category', category.id, bundle.store!, `/spec/categories/${i}/id`));
  for (const promotion of bundle.promotions) at('promotion', promotion.value.metadata.name, promotion, '/metadata/name');
  if (bundle.store) sites.push(...catalogSkus(bundle.id, path.posix.join(path.posix.dirname(bundle.store.file), 'catalog.csv')));
  return sites;
}

function referencesIn(doc: PolicyDocument, store: string): IdSite[] {
  const sites: IdSite[] = [];
  for (const [pointer, value] of pointersOf(doc.value)) {
    if (typeof value !== 'string' || !doc.has(pointer)) continue;
    const kind = referenceKind(pointer);
    if (kind) sites.push({ kind, id: value, store, file: doc.file, span: doc.locate(pointer), doc, pointer });
  }
  return sites;
}

const csvCache = new Map<string, { key: string; sites: IdSite[] }>();

/** One definition per SKU row of `catalog.csv`, at its `sku` cell; read again only when the file changes. */
function catalogSkus(store: string, file: string): IdSite[] {
  if (!existsSync(file)) return [];
  const stats = statSync(file);
  const key = `${stats.mtimeMs}:${stats.size}`;
  const cached = csvCache.get(file);
  if (cached?.key === key) return cached.sites;
  const sites: IdSite[] = [];
  const table = readCsvTable(file, readFileSync(file, 'utf8'));
  if ('header' in table) {
    const column = table.header.indexOf('sku');
    if (column >= 0) {
      table.each(
        (record) => {
          const sku = record.fields[column];
          if (!sku) return;
          const start = column === 0 ? 0 : record.raw.indexOf(sku);
          sites.push({ kind: 'sku', id: sku, store, file, span: { line: record.line, column: start + 1, endLine: record.line, endColumn: start + 1 + sku.length } });
        },
        () => undefined, // a malformed catalogue is `check promotion`'s finding to make; here it only yields fewer SKUs
      );
    }
  }
  csvCache.set(file, { key, sites });
  return sites;
}

/** The id at a reference or definition site that contains `at`. */
export function siteAt(index: IdIndex, file: string, at: { line: number; column: number }, contains: (span: Span, at: { line: number; column: number }) => boolean): IdSite | undefined {
  return [...index.references, ...index.definitions].find((site) => site.file === file && contains(site.span, at));
}

export function sameId(a: IdSite, b: IdSite): boolean {
  return a.kind === b.kind && a.id === b.id && a.store === b.store;
}
