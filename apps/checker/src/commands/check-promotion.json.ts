import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PriceRow } from '@storepolicy/engine';
import { UsageError } from '../exit.js';
import { formatters } from '../report/formatters/index.js';
import type { FormatContext, Report } from '../report/model.js';

/** Rows per write: large enough to be cheap, small enough to keep memory flat. */
const CHUNK = 2000;

/**
 * The SPEC JSON with its `prices` array written row by row. One string of
 * 100,000 SKUs x 5 tiers is past V8's string limit ("Invalid string length"),
 * so the document is streamed: the shared JSON formatter writes everything
 * but `prices`, then each row follows on its own line. The result parses to
 * the same value as the formatter's output.
 */
export function* jsonChunks(report: Report, context: FormatContext): Generator<string> {
  const { prices, ...rest } = report;
  const head = formatters.json(rest as Report, context).replace(/\n}\s*$/, '');
  if (!prices) {
    yield `${head}\n}\n`;
    return;
  }
  yield `${head},\n  "prices": [`;
  for (let start = 0; start < prices.length; start += CHUNK) {
    const slice = prices.slice(start, start + CHUNK);
    yield slice.map((row: PriceRow, i) => `${start + i === 0 ? '' : ','}\n    ${JSON.stringify(row)}`).join('');
  }
  yield `${prices.length > 0 ? '\n  ' : ''}]\n}\n`;
}

/** Write chunks to stdout, or to a file through a temp file and a rename (never half a report). */
export function emitChunks(chunks: Iterable<string>, output: string | undefined): void {
  if (!output) {
    for (const chunk of chunks) writeAll(1, chunk);
    return;
  }
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    for (const chunk of chunks) writeAll(fd, chunk);
    closeSync(fd);
    renameSync(temp, output);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      // a non-blocking pipe that is full: wait for the reader and go on
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
