import { parse } from 'csv-parse/sync';
import type { CatalogIssue } from './errors.js';

/** One CSV record with where it starts, so every field can be located. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts (a quoted field may span lines). */
  line: number;
  raw: string;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  records: CsvRecord[];
}

/**
 * Parse CSV text into located records. Spreadsheet exports bring a BOM, CRLF
 * and blank trailing lines; all are accepted. A malformed file (unterminated
 * quote, a row with the wrong number of fields) becomes one located issue.
 */
export function readCsvTable(file: string, text: string): CsvTable | CatalogIssue {
  let rows: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  try {
    rows = parse(text, { bom: true, raw: true, info: true, skip_empty_lines: true, trim: false }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return { file, line: e.lines ?? 1, column: 1, message: `not valid CSV: ${e.message ?? String(error)}` };
  }
  const located = rows.map((row) => ({
    fields: row.record,
    // info.lines is where the record ends; step back over newlines inside it
    line: row.info.lines - newlinesIn(row.raw.replace(/\r?\n$/, '')),
    raw: row.raw,
  }));
  const first = located.shift();
  if (!first) return { file, line: 1, column: 1, message: 'the file is empty: expected a header row' };
  return { header: first.fields.map((name) => name.trim().toLowerCase()), headerLine: first.line, records: located };
}

function newlinesIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Line and 1-based character column where field `index` of a record starts. */
export function fieldPosition(record: CsvRecord, index: number): { line: number; column: number } {
  const raw = record.raw;
  let field = 0;
  let line = record.line;
  let column = 1;
  let quoted = false;
  for (let i = 0; i < raw.length && field < index; i++) {
    const ch = raw[i];
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      field++;
      column++;
      continue;
    }
    if (ch === '\n') {
      line++;
      column = 1;
      continue;
    }
    column++;
  }
  return { line, column };
}
