import { runtime, type OutStream } from '../io/runtime.js';
import { listingMessages as m } from './messages.js';
/**
 * A one-line progress bar on stderr, only when stderr is a terminal: a pipe
 * or a CI log gets nothing but results (SPEC section 6).
 */
export interface Progress {
  addBytes(n: number): void;
  addRows(n: number): void;
  /** Take the bar off the screen before results are printed to the same terminal. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { addBytes() {}, addRows() {}, clear() {}, done() {} };

export function startProgress(totalBytes: number | undefined, stream: OutStream = runtime().stderr): Progress {
  if (!stream.isTTY) return SILENT;
  const lang = runtime().lang;
  const started = Date.now();
  let bytes = 0;
  let rows = 0;
  let last = 0;
  const draw = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 150) return;
    last = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const rate = Math.round(rows / seconds).toLocaleString('en-US');
    const width = 24;
    let bar = '';
    if (totalBytes && totalBytes > 0) {
      const fraction = Math.min(1, bytes / totalBytes);
      const filled = Math.round(fraction * width);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% `;
    }
    stream.write(`\r\x1b[K${m.progress({ bar, rows: rows.toLocaleString('en-US'), rate }).render(lang)}`);
  };
  return {
    addBytes(n) {
      bytes += n;
    },
    addRows(n) {
      rows += n;
      draw();
    },
    clear() {
      stream.write('\r\x1b[K');
      last = 0;
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
