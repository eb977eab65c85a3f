import type { NdjsonTask } from './batch.js';
import type { ByteSource } from './byte-source.js';

/** Batch size: big enough to amortise a thread hop, small enough to keep memory flat. */
const BATCH_BYTES = 512 * 1024;
/** A longer line is reported, not read: one runaway line must not take the memory of the whole run. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const EMPTY: Uint8Array = new Uint8Array(0);

/**
 * Batch buffers the checkers are done with, handed back for the reader to
 * fill again. A fresh 512 KB buffer per batch left each one to the garbage
 * collector of the thread that last held it, so dead batches piled up as
 * external memory until a full collection (a million long rows peaked at
 * 204 MB); a handful of buffers going round keeps memory flat.
 */
export class SpareBuffers {
  private readonly spares: ArrayBuffer[] = [];

  /** A checker is done with this batch's bytes (only whole batch buffers are kept, and only a few). */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength === BATCH_BYTES && this.spares.length < 8) this.spares.push(buffer);
  }

  take(): Uint8Array | undefined {
    const buffer = this.spares.pop();
    return buffer && new Uint8Array(buffer);
  }
}

/**
 * Cut a byte source into batches of whole lines, numbering them, without
 * decoding a byte: the threads decode and parse. Each batch is read straight
 * into a buffer of its own, which is then transferred to a thread, so the
 * reader neither copies the file nor leaves it behind as garbage. Splitting
 * at 0x0A is safe for UTF-8 and GB18030 alike (neither uses 0x0A inside a
 * character).
 */
export async function* ndjsonTasks(source: ByteSource, spares?: SpareBuffers): AsyncGenerator<NdjsonTask> {
  let carry: Uint8Array = EMPTY;
  let eof = false;
  let nextLine = 1;
  try {
    while (!eof || carry.length > 0) {
      // a line longer than a batch grows the buffer, up to the line limit
      const size = Math.max(BATCH_BYTES, Math.min(carry.length * 2, MAX_LINE_BYTES + 1));
      // only bytes [0, filled) of a buffer are ever read, so a used one needs no clearing
      const buffer = (size === BATCH_BYTES ? spares?.take() : undefined) ?? new Uint8Array(size);
      buffer.set(carry);
      let filled = carry.length;
      carry = EMPTY;
      while (filled < buffer.length && !eof) {
        const n = await source.read(buffer, filled);
        if (n === 0) eof = true;
        filled += n;
      }
      const last = buffer.lastIndexOf(0x0a, filled - 1);
      if (last < 0) {
        if (filled === 0) break;
        if (eof) {
          // a last line without its newline is still a line
          const bytes = new Uint8Array(filled + 1);
          bytes.set(buffer.subarray(0, filled));
          bytes[filled] = 0x0a;
          yield { kind: 'ndjson', firstLine: nextLine++, bytes };
        } else if (filled >= MAX_LINE_BYTES) {
          const skipped = await skipLine(source, filled);
          carry = skipped.rest;
          eof = skipped.eof;
          yield { kind: 'ndjson', firstLine: nextLine++, bytes: new Uint8Array([0x0a]), tooLong: { 0: skipped.size } };
        } else {
          carry = buffer.subarray(0, filled);
        }
        continue;
      }
      // the tail after the last newline starts the next batch; copy it out before the buffer goes
      carry = buffer.slice(last + 1, filled);
      const bytes = buffer.subarray(0, last + 1);
      const task: NdjsonTask = { kind: 'ndjson', firstLine: nextLine, bytes };
      nextLine += countNewlines(bytes);
      yield task;
    }
  } finally {
    await source.close();
  }
}

/** Read past the rest of an overlong line; returns its size and what follows its newline. */
async function skipLine(source: ByteSource, seen: number): Promise<{ size: number; rest: Uint8Array; eof: boolean }> {
  const scratch = new Uint8Array(BATCH_BYTES);
  let size = seen;
  for (;;) {
    const n = await source.read(scratch, 0);
    if (n === 0) return { size, rest: EMPTY, eof: true };
    const newline = scratch.subarray(0, n).indexOf(0x0a);
    if (newline >= 0) return { size: size + newline, rest: scratch.slice(newline + 1, n), eof: false };
    size += n;
  }
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}
