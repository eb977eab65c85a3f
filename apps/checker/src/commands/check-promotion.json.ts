import type { PriceRow } from '@storepolicy/engine';
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

/** Streamed through the output module (pipes, files and their failures handled in one place). */
export { emitChunks } from '../io/output.js';
