import { buildMessageCatalog, type CatalogItem } from '@storepolicy/engine';
import { interpolate } from '@storepolicy/schema/core';
import type { IssueCollector } from './errors.js';
import type { CategoryLocator } from './csv.js';
import { catalogNdjsonRowSchema } from './rows.js';
import { jsonProblem, type JsonProblem } from '../listing/json-error.js';
import type { Message } from '../i18n.js';
import { catalogMessages as m, zodIssueMessage } from './messages.js';

/**
 * NDJSON catalogue: one JSON object per line with the CSV's keys, and the
 * history inline: `{"sku":"DRS-001","category":"dresses","list_price":"199.00",
 * "cost":"80.00","history":[{"date":"2026-11-04","list_price":"199.00",
 * "lowest_transaction_price":"189.00"}]}`. Blank lines are skipped.
 */
export function parseCatalogNdjson(file: string, text: string, issues: IssueCollector, out: CategoryLocator = {}): CatalogItem[] {
  const items: CatalogItem[] = [];
  const firstLine = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let index = 0; index < lines.length && !issues.full; index++) {
    const source = lines[index]!.replace(/\r$/, '');
    if (source.trim() === '') continue;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch {
      // said as check listing says it (listing/input's words, at the character), never V8's English
      const problem = jsonProblem(source);
      issues.add({ file, line, column: problem.offset >= 0 ? problem.offset + 1 : 1, message: m.notJsonObject({ detail: jsonLineMessage(problem, line) }) });
      continue;
    }
    const parsed = catalogNdjsonRowSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.');
        issues.add({ file, line, column: keyColumn(source, issue.path[0]), field, message: zodIssueMessage(issue, valueAt(value, issue.path)) });
      }
      continue;
    }
    const row = parsed.data;
    const seen = firstLine.get(row.sku);
    if (seen !== undefined) {
      issues.add({ file, line, column: keyColumn(source, 'sku'), field: 'sku', message: m.duplicateSku({ sku: row.sku, line: seen }) });
      continue;
    }
    firstLine.set(row.sku, line);
    const history = (row.history ?? []).map((entry) =>
      entry.lowest_transaction_price === undefined
        ? { date: entry.date, list: entry.list_price }
        : { date: entry.date, list: entry.list_price, transaction: entry.lowest_transaction_price },
    );
    items.push({ sku: row.sku, category: row.category, list: row.list_price, cost: row.cost, history });
  }
  out.locate = (sku) => {
    const line = firstLine.get(sku);
    if (line === undefined) return undefined;
    const source = lines[line - 1]!;
    const key = keyColumn(source, 'category');
    // the value after `"category":`, else the key
    const value = key > 1 ? source.indexOf('"', source.indexOf(':', key - 1 + '"category"'.length) + 1) : -1;
    return { file, line, column: value >= 0 ? value + 1 : key };
  };
  return items;
}

/** Column of `"key":` in the line, so an editor jumps to the offending field. */
function keyColumn(source: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const at = source.indexOf(`"${key}"`);
  return at < 0 ? 1 : at + 1;
}

/** The value a zod issue's path points at in the parsed row (for the message that quotes it). */
function valueAt(root: unknown, at: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of at) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Why a line is not JSON, in listing/input's words (the engine's table), in the language asked for. */
function jsonLineMessage(problem: JsonProblem, line: number): Message {
  const id = `listing/input.${problem.messageId}`;
  const params = { row: line, ...problem.params };
  return { id, params, render: (lang) => interpolate(buildMessageCatalog()[id]?.message[lang] ?? id, params) };
}
