import type { CatalogItem, PriceHistoryEntry } from '@storepolicy/engine';
import type { z } from 'zod';
import { readCsvTable, fieldPosition, type CsvRecord, type CsvTable } from './csv-records.js';
import type { IssueCollector } from './errors.js';
import { catalogMessages as m, zodIssueMessage } from './messages.js';
import type { Message } from '../i18n.js';
import {
  CATALOG_COLUMNS,
  catalogRowSchema,
  fastCatalogRow,
  fastHistoryRow,
  HISTORY_COLUMNS,
  historyRowSchema,
} from './rows.js';

/**
 * `catalog.csv`: one row per SKU, header `sku,category,list_price,cost`
 * (any order; other columns such as `name` or `stock` are ignored, so a
 * platform export can be used as it is).
 */
export function parseCatalogCsv(file: string, text: string, issues: IssueCollector, out: CategoryLocator = {}): CatalogItem[] {
  const table = tableOrIssue(file, text, CATALOG_COLUMNS, issues);
  if (!table) return [];
  const items: CatalogItem[] = [];
  const firstLine = new Map<string, number>();
  const [iSku, iCategory, iList, iCost] = CATALOG_COLUMNS.map((name) => table.header.indexOf(name)) as [number, number, number, number];
  const fast = (f: string[]) => fastCatalogRow(f[iSku], f[iCategory], f[iList], f[iCost]);
  eachRow(file, table, catalogRowSchema, fast, issues, (row, record) => {
    const seen = firstLine.get(row.sku);
    if (seen !== undefined) {
      issues.add({ file, ...position(table, record, 'sku'), field: 'sku', message: m.duplicateSku({ sku: row.sku, line: seen }) });
      return;
    }
    firstLine.set(row.sku, record.line);
    items.push({ sku: row.sku, category: row.category, list: row.list_price, cost: row.cost, history: [] });
  });
  // located on demand (a row with an unknown category): no position is kept per row
  out.locate = (sku) => {
    const line = firstLine.get(sku);
    const record = line === undefined ? undefined : table.recordAt(line);
    return record ? { file, ...position(table, record, 'category') } : undefined;
  };
  return items;
}

/** Filled by the parsers: where a SKU's category cell is, for catalog/unknown-category. */
export interface CategoryLocator {
  locate?: (sku: string) => { file: string; line: number; column: number } | undefined;
}

/**
 * `price-history.csv`: one row per SKU and day (store timezone), header
 * `sku,date,list_price,lowest_transaction_price`; the last is empty on a day
 * nothing sold. This is the shape of a daily price/sales report export.
 */
export function parseHistoryCsv(file: string, text: string, issues: IssueCollector): Map<string, PriceHistoryEntry[]> {
  const bySku = new Map<string, PriceHistoryEntry[]>();
  const table = tableOrIssue(file, text, HISTORY_COLUMNS, issues);
  if (!table) return bySku;
  // the line of each entry, kept aside per SKU so a duplicate day can be located;
  // numbers, not records: holding 800,000 records alive doubled the time in GC
  const linesOf = new Map<string, number[]>();
  const [iSku, iDate, iList, iLow] = HISTORY_COLUMNS.map((name) => table.header.indexOf(name)) as [number, number, number, number];
  const fast = (f: string[]) => fastHistoryRow(f[iSku], f[iDate], f[iList], f[iLow]);
  eachRow(file, table, historyRowSchema, fast, issues, (row, record) => {
    const entry: PriceHistoryEntry = { date: row.date, list: row.list_price };
    if (row.lowest_transaction_price !== undefined) entry.transaction = row.lowest_transaction_price;
    let list = bySku.get(row.sku);
    let lines = linesOf.get(row.sku);
    if (!list || !lines) {
      bySku.set(row.sku, (list = []));
      linesOf.set(row.sku, (lines = []));
    }
    list.push(entry);
    lines.push(record.line);
  });
  for (const [sku, entries] of bySku) {
    // one row per SKU and day; a sort per SKU is cheaper than a key per row
    const lines = linesOf.get(sku)!;
    const order = entries.map((_, i) => i).sort((a, b) => (entries[a]!.date < entries[b]!.date ? -1 : entries[a]!.date > entries[b]!.date ? 1 : a - b));
    for (let k = 1; k < order.length; k++) {
      const here = order[k]!;
      const before = order[k - 1]!;
      if (entries[here]!.date !== entries[before]!.date) continue;
      const record = table.recordAt(lines[here]!);
      const where = record ? position(table, record, 'date') : { line: lines[here]!, column: 1 };
      issues.add({ file, ...where, field: 'date', message: m.duplicateDay({ sku, date: entries[here]!.date, line: lines[before]! }) });
    }
  }
  return bySku;
}

function tableOrIssue(file: string, text: string, required: readonly string[], issues: IssueCollector): CsvTable | undefined {
  const table = readCsvTable(file, text);
  if (!('header' in table)) {
    issues.add(table);
    return undefined;
  }
  const missing = required.filter((name) => !table.header.includes(name));
  if (missing.length > 0) {
    issues.add({
      file,
      line: table.headerLine,
      column: 1,
      message: m.headerLacks({ missing: missing.join(', '), required: required.join(','), found: table.header.join(',') }),
    });
    return undefined;
  }
  return table;
}

function eachRow<S extends z.ZodType>(
  file: string,
  table: CsvTable,
  schema: S,
  fast: (fields: string[]) => z.output<S> | undefined,
  issues: IssueCollector,
  accept: (row: z.output<S>, record: CsvRecord) => void,
): void {
  table.each((record) => {
    if (issues.full) return;
    const quick = fast(record.fields);
    if (quick !== undefined) {
      accept(quick, record);
      return;
    }
    const object: Record<string, string> = {};
    table.header.forEach((name, i) => {
      const value = record.fields[i];
      // an empty cell is an absent value: optional columns accept it, required ones say "is empty"
      if (value !== undefined && value.trim() !== '') object[name] = value;
    });
    const parsed = schema.safeParse(object);
    if (parsed.success) {
      accept(parsed.data, record);
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      issues.add({ file, ...position(table, record, field), field, message: describe(issue, object[field]) });
    }
  }, (issue) => issues.add(issue));
}

function position(table: CsvTable, record: CsvRecord, field: string): { line: number; column: number } {
  const index = table.header.indexOf(field);
  return index < 0 ? { line: record.line, column: 1 } : fieldPosition(record, index);
}

function describe(issue: z.core.$ZodIssue, value: string | undefined): Message {
  if (value === undefined) return m.required();
  return zodIssueMessage(issue, value);
}
