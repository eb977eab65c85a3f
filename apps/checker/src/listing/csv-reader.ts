import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';
import type { CsvTask } from './batch.js';
import { guardQuotes } from './csv-quote-guard.js';
import { decodeStream, type Encoding } from './encoding.js';
import { MappingError, planColumns, type ColumnPlan } from './header-map.js';
import type { TargetField } from './fields.js';

const BATCH_RECORDS = 2000;

interface Parsed {
  record: string[];
}

/**
 * Stream a CSV file into batches of records. The header row decides the
 * column plan; a record csv-parse cannot read (stray quote, wrong number of
 * fields) becomes a broken entry in its place, so one bad line never stops a
 * catalogue.
 */
export async function* csvTasks(
  input: AsyncIterable<Buffer>,
  options: {
    file: string;
    encoding: Encoding;
    columns: Readonly<Record<string, TargetField>>;
    onBytes?: (n: number) => void;
    /** Keep each record's raw text in the batch (`raws`), to locate findings in it. */
    keepRaw?: boolean;
    /** Called once with the column plan, the header row's line and raw text (to report unchecked columns). */
    onPlan?: (plan: ColumnPlan, line: number, raw: string) => void;
  },
): AsyncGenerator<CsvTask> {
  // csv-parse counts a line at every CR or LF inside a quoted field, so a
  // CRLF inside a quoted description counts twice: `overcount` is how many
  // lines it has counted too many so far. Records and skipped records are
  // numbered here, in the order the parser meets them (the stream of
  // records runs behind).
  let overcount = 0;
  const located: { line: number; text: string }[] = [];
  const parser = parse({
    on_record: (record: string[], info: { lines: number; raw?: string }) => {
      // the raw text may begin with the blank lines before the record and ends
      // with (part of) its delimiter: the record itself is what lies between
      const text = recordText(info.raw ?? '');
      const crs = count(text, '\r');
      located.push({ line: info.lines - overcount - crs - count(text, '\n'), text });
      overcount += crs;
      return record;
    },
    bom: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    // a runaway quoted field must not buffer the rest of the file
    max_record_size: 16 * 1024 * 1024,
  });
  // records nobody could read, in line order: csv-parse's own (one line) and
  // the quote guard's (a quote left open, taken out before csv-parse saw it)
  const skipped: Skipped[] = [];
  parser.on('skip', (error: Error & { lines?: number }, raw?: string) => {
    const text = recordText(raw ?? '');
    const crs = count(text, '\r');
    insertByLine(skipped, { line: (error.lines ?? 0) - overcount - crs - count(text, '\n'), detail: error.message });
    overcount += crs;
  });
  const decoded = decodeStream(input, options.encoding, options.file, options.onBytes);
  const source = Readable.from(guardQuotes(decoded, ({ line, column, detail }) => insertByLine(skipped, { line, detail, column })));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let plan: ColumnPlan | undefined;
  let batch = newBatch(undefined as unknown as ColumnPlan, 1);
  let nextRecord = 1;
  const take = (line: number, record: string[], detail?: string, raw?: string, column?: number) => {
    if (detail !== undefined) (batch.broken ??= []).push({ index: batch.records.length, detail, ...(column === undefined ? {} : { column }) });
    if (options.keepRaw) (batch.raws ??= []).push(raw ?? '');
    batch.lines.push(line);
    batch.records.push(record);
    nextRecord++;
  };
  const flushSkipped = (beforeLine: number) => {
    while (skipped.length > 0 && skipped[0]!.line < beforeLine) {
      const skip = skipped.shift()!;
      take(skip.line, [], skip.detail, undefined, skip.column);
    }
  };

  for await (const item of parser as AsyncIterable<Parsed>) {
    const { line, text } = located.shift()!;
    if (!plan) {
      try {
        plan = planColumns(item.record, options.columns);
      } catch (error) {
        if (error instanceof MappingError) throw new UsageError(m.inFile({ file: options.file, cause: error.text }));
        throw error;
      }
      options.onPlan?.(plan, line, text);
      batch = newBatch(plan, nextRecord);
      continue;
    }
    flushSkipped(line);
    take(line, item.record, undefined, text);
    if (batch.records.length >= BATCH_RECORDS) {
      yield batch;
      batch = newBatch(plan, nextRecord);
    }
  }
  if (!plan) throw new UsageError(m.emptyCsv({ file: options.file }));
  flushSkipped(Infinity);
  if (batch.records.length > 0) yield batch;
}

interface Skipped {
  line: number;
  detail: string;
  column?: number;
}

/** The guard reports ahead of csv-parse, so the two lists meet out of order. */
function insertByLine(list: Skipped[], entry: Skipped): void {
  let at = list.length;
  while (at > 0 && list[at - 1]!.line > entry.line) at--;
  list.splice(at, 0, entry);
}

function newBatch(plan: ColumnPlan, firstRecord: number): CsvTask {
  return { kind: 'csv', plan, firstRecord, lines: [], records: [] };
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * A record's own text, from column 1 of its first line to the end of its last
 * field: csv-parse's raw text also holds the blank lines skipped before it and
 * the record delimiter (or, for CRLF, its CR alone).
 */
export function recordText(raw: string): string {
  let from = 0;
  let to = raw.length;
  while (from < to && (raw.charCodeAt(from) === 0x0a || raw.charCodeAt(from) === 0x0d)) from++;
  while (to > from && (raw.charCodeAt(to - 1) === 0x0a || raw.charCodeAt(to - 1) === 0x0d)) to--;
  return from === 0 && to === raw.length ? raw : raw.slice(from, to);
}
