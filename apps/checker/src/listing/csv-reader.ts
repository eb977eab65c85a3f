import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { UsageError } from '../exit.js';
import type { CsvTask } from './batch.js';
import { decodeStream, type Encoding } from './encoding.js';
import { MappingError, planColumns, type ColumnPlan } from './header-map.js';
import type { TargetField } from './fields.js';

const BATCH_RECORDS = 2000;

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Stream a CSV file into batches of records. The header row decides the
 * column plan; a record csv-parse cannot read (stray quote, wrong number of
 * fields) becomes a broken entry in its place, so one bad line never stops a
 * catalogue.
 */
export async function* csvTasks(
  input: AsyncIterable<Buffer>,
  options: { file: string; encoding: Encoding; columns: Readonly<Record<string, TargetField>>; onBytes?: (n: number) => void },
): AsyncGenerator<CsvTask> {
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    skip_empty_lines: true,
    // a runaway quoted field must not buffer the rest of the file
    max_record_size: 16 * 1024 * 1024,
  });
  const skipped: { line: number; detail: string }[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, detail: error.message });
  });
  const source = Readable.from(decodeStream(input, options.encoding, options.file, options.onBytes));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);

  let plan: ColumnPlan | undefined;
  let batch = newBatch(undefined as unknown as ColumnPlan, 1);
  let nextRecord = 1;
  const take = (line: number, record: string[], detail?: string) => {
    if (detail !== undefined) (batch.broken ??= []).push({ index: batch.records.length, detail });
    batch.lines.push(line);
    batch.records.push(record);
    nextRecord++;
  };
  const flushSkipped = (beforeLine: number) => {
    while (skipped.length > 0 && skipped[0]!.line < beforeLine) {
      const skip = skipped.shift()!;
      take(skip.line, [], skip.detail);
    }
  };

  for await (const item of parser as AsyncIterable<Parsed>) {
    const line = item.info.lines - newlines(item.raw.replace(/\r?\n$/, ''));
    if (!plan) {
      try {
        plan = planColumns(item.record, options.columns);
      } catch (error) {
        if (error instanceof MappingError) throw new UsageError(`${options.file}: ${error.message}`);
        throw error;
      }
      batch = newBatch(plan, nextRecord);
      continue;
    }
    flushSkipped(line);
    take(line, item.record);
    if (batch.records.length >= BATCH_RECORDS) {
      yield batch;
      batch = newBatch(plan, nextRecord);
    }
  }
  if (!plan) throw new UsageError(`${options.file}: the file is empty; expected a header row and listings`);
  flushSkipped(Infinity);
  if (batch.records.length > 0) yield batch;
}

function newBatch(plan: ColumnPlan, firstRecord: number): CsvTask {
  return { kind: 'csv', plan, firstRecord, lines: [], records: [] };
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
