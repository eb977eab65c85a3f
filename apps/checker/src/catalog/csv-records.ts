import type { CatalogIssue } from './errors.js';
import { catalogMessages as m } from './messages.js';

/** One CSV record with where it starts, so every field can be located. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts (a quoted field may span lines). */
  line: number;
  /** The record's source text (its lines joined by \n). */
  raw: string;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  /**
   * Visit every data record in order. Records are not kept: a catalogue with
   * a month of daily history is millions of rows, so each is handed over and
   * dropped. A structural problem (unclosed quote, wrong field count) is
   * reported through `onIssue` and parsing goes on or stops as it must.
   */
  each(visit: (record: CsvRecord) => void, onIssue: (issue: CatalogIssue) => void): void;
  /** The record that starts on `line` again (to locate a problem found after the pass). */
  recordAt(line: number): CsvRecord | undefined;
}

/**
 * RFC 4180 CSV as spreadsheets and ERP systems export it: a BOM, CRLF or LF,
 * quoted fields with "" escapes and embedded commas or newlines, blank lines
 * skipped. Hand-written rather than csv-parse because this loop is the floor
 * the dry-run is measured against (csv-parse took 4 s on 800,000 history
 * rows): lines without a quote take the split(',') fast path, and line
 * numbers come for free.
 */
export function readCsvTable(file: string, text: string): CsvTable | CatalogIssue {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let headerIndex = 0;
  while (headerIndex < lines.length && lines[headerIndex]!.replace(/\r$/, '') === '') headerIndex++;
  if (headerIndex >= lines.length) return { file, line: 1, column: 1, message: m.emptyFile() };
  const headerRecord = recordAt(file, lines, headerIndex);
  if ('message' in headerRecord) return headerRecord;
  const header = headerRecord.record.fields.map((name) => name.trim().toLowerCase());
  const start = headerRecord.next;
  return {
    header,
    headerLine: headerIndex + 1,
    each(visit, onIssue) {
      for (let index = start; index < lines.length; ) {
        const raw = lines[index]!;
        if (raw === '' || raw === '\r') {
          index++;
          continue;
        }
        if (!raw.includes('"')) {
          const clean = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
          const fields = clean.split(',');
          if (fields.length === header.length) visit({ fields, line: index + 1, raw: clean });
          else onIssue(countIssue(file, index + 1, fields.length, header.length));
          index++;
          continue;
        }
        const found = recordAt(file, lines, index);
        if ('message' in found) {
          onIssue(found);
          return;
        }
        if (found.record.fields.length === header.length) visit(found.record);
        else onIssue(countIssue(file, index + 1, found.record.fields.length, header.length));
        index = found.next;
      }
    },
    recordAt(line) {
      const found = recordAt(file, lines, line - 1);
      return 'message' in found ? undefined : found.record;
    },
  };
}

function countIssue(file: string, line: number, found: number, expected: number): CatalogIssue {
  return { file, line, column: 1, message: m.fieldCount({ found, expected }) };
}

/** The record starting at `index`, joining lines while a quoted field is open. */
function recordAt(file: string, lines: readonly string[], index: number): { record: CsvRecord; next: number } | CatalogIssue {
  const line = index + 1;
  let raw = lines[index]!.replace(/\r$/, '');
  while (countQuotes(raw) % 2 === 1) {
    if (index + 1 >= lines.length) {
      return { file, line, column: 1, message: m.openQuote() };
    }
    index++;
    raw += `\n${lines[index]!.replace(/\r$/, '')}`;
  }
  const fields = raw.includes('"') ? splitQuoted(raw) : raw.split(',');
  if (typeof fields === 'number') {
    return { file, line, column: fields + 1, message: m.afterQuote() };
  }
  return { record: { fields, line, raw }, next: index + 1 };
}

function countQuotes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) count++;
  return count;
}

/** Fields of a record with quotes; the offset of a stray character after a closing quote on error. */
function splitQuoted(raw: string): string[] | number {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (raw[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = raw.indexOf('"', i);
        value += raw.slice(i, close);
        if (raw[close + 1] === '"') {
          value += '"';
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i < raw.length && raw[i] !== ',') return i;
    } else {
      const comma = raw.indexOf(',', i);
      const end = comma === -1 ? raw.length : comma;
      fields.push(raw.slice(i, end));
      i = end;
    }
    if (i >= raw.length) return fields;
    i++; // the comma
    if (i === raw.length) {
      fields.push('');
      return fields;
    }
  }
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
