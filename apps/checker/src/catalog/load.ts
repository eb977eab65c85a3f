import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { checkPath, readBounded, repositoryRoot } from '../io/safe-path.js';
import type { CatalogItem, PriceHistoryEntry } from '@storepolicy/engine';
import { UsageError } from '../exit.js';
import { catalogMessages as m } from './messages.js';
import { parseCatalogCsv, parseHistoryCsv, type CategoryLocator } from './csv.js';
import { IssueCollector } from './errors.js';
import { parseCatalogNdjson } from './ndjson.js';

export const HISTORY_FILE = 'price-history.csv';

export interface LoadedCatalog {
  items: CatalogItem[];
  /** Files actually read: the catalogue and, when found, its history. */
  files: string[];
  /** Where a SKU's category is written (for catalog/unknown-category). */
  categoryAt: (sku: string) => { file: string; line: number; column: number } | undefined;
}

/**
 * Read a catalogue (`.csv`, `.ndjson` or `.jsonl`) and its price history.
 * The history comes from `historyFile`, else from `price-history.csv` next
 * to the catalogue when that exists; NDJSON rows may also carry it inline.
 * Any bad row stops the run with every located issue (exit 2).
 */
export function loadCatalog(file: string, historyFile?: string): LoadedCatalog {
  const issues = new IssueCollector();
  const text = readText(file, 'catalogue');
  const format = catalogFormat(file);
  const locator: CategoryLocator = {};
  const items = format === 'csv' ? parseCatalogCsv(file, text, issues, locator) : parseCatalogNdjson(file, text, issues, locator);
  const files = [file];
  const sibling = path.join(path.dirname(file), HISTORY_FILE);
  const history = historyFile ?? (existsSync(sibling) ? sibling : undefined);
  if (history !== undefined) {
    files.push(history);
    mergeHistory(items, parseHistoryCsv(history, readText(history, 'price history'), issues));
  }
  issues.throwIfAny();
  for (const item of items) if (!isSorted(item.history)) item.history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { items, files, categoryAt: (sku) => locator.locate?.(sku) };
}

/** Exports are usually in date order already; checking is cheaper than sorting 100,000 lists. */
function isSorted(history: readonly PriceHistoryEntry[]): boolean {
  for (let i = 1; i < history.length; i++) if (history[i - 1]!.date > history[i]!.date) return false;
  return true;
}

export function catalogFormat(file: string): 'csv' | 'ndjson' {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(nd)?jsonl?$/i.test(file)) return 'ndjson';
  throw new UsageError(m.unknownFormat({ file }));
}

/** Far above any real export, far below what would exhaust memory (`/dev/zero` behind a link). */
const MAX_CATALOG_BYTES = 1024 * 1024 * 1024;

/**
 * The store's own `catalog.csv`, when an entry of that name exists: a
 * dangling link counts (reading it then says why it fails), where
 * `existsSync` would drop the catalogue, and with it every floor and depth
 * check of the calendar, without a word (SPEC section 9).
 */
export function storeCatalogFile(storeDir: string): string | undefined {
  const file = path.join(storeDir, 'catalog.csv');
  try {
    lstatSync(file);
    return file;
  } catch {
    return undefined;
  }
}

/**
 * A catalogue or history inside the repository is read only when it stays
 * there: `catalog.csv -> /etc/…` (or into /proc, /dev) is refused like an
 * `extends` that leaves the repository (`path/not-allowed`), so a file
 * committed as a link cannot pull prices from outside what review sees. A
 * file named on the command line outside any repository is the user's own.
 */
function refuseLinkOut(file: string, what: 'catalogue' | 'price history'): void {
  const refused = checkPath(file, repositoryRoot(file));
  if (refused === undefined || refused.reason === 'missing') return;
  const target = refused.reason === 'symlinkOutside' ? refused.target : '';
  throw new UsageError(m.linkOut({ file, what, target, root: 'root' in refused ? refused.root : '' }));
}

function readText(file: string, what: 'catalogue' | 'price history'): string {
  refuseLinkOut(file, what);
  let read: ReturnType<typeof readBounded>;
  try {
    // a FIFO must not hang the run, a device must not grow it (SPEC section 9)
    read = readBounded(file, MAX_CATALOG_BYTES);
  } catch (error) {
    throw new UsageError(m.cannotRead({ file, what, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  if ('refused' in read) throw new UsageError(m.notRegular({ file, what, kind: read.refused.reason === 'notRegular' ? read.refused.what : '' }));
  if ('tooLarge' in read) throw new UsageError(m.tooLarge({ file, what, gb: MAX_CATALOG_BYTES / 1024 / 1024 / 1024 }));
  const bytes = read.bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(m.notUtf8({ file, what }));
  }
}

/** History rows for SKUs not in the catalogue are ignored: exports often keep delisted SKUs. */
function mergeHistory(items: CatalogItem[], history: Map<string, PriceHistoryEntry[]>): void {
  for (const item of items) {
    const rows = history.get(item.sku);
    if (!rows) continue;
    if (item.history.length === 0) {
      item.history = rows;
      continue;
    }
    const inline = new Set(item.history.map((entry) => entry.date));
    for (const row of rows) if (!inline.has(row.date)) item.history.push(row);
  }
}
