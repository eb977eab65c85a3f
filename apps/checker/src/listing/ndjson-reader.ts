import type { Readable } from 'node:stream';
import type { NdjsonTask } from './batch.js';

/** Batch size target: big enough to amortise a thread hop, small enough to keep memory flat. */
const TARGET_BYTES = 512 * 1024;

/**
 * Cut a byte stream into batches of whole lines, numbering them, without
 * decoding a byte: the threads decode and parse. Splitting at 0x0A is safe
 * for UTF-8 and GB18030 alike (neither uses 0x0A inside a character).
 */
export async function* ndjsonTasks(input: Readable, onBytes: (n: number) => void = () => {}): AsyncGenerator<NdjsonTask> {
  let carry: Uint8Array = new Uint8Array(0);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let nextLine = 1;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    const lastNewline = chunk.lastIndexOf(0x0a);
    if (lastNewline < 0) {
      carry = concat([carry, chunk]);
      continue;
    }
    pending.push(carry, chunk.subarray(0, lastNewline + 1));
    pendingBytes += carry.length + lastNewline + 1;
    carry = chunk.subarray(lastNewline + 1);
    if (pendingBytes >= TARGET_BYTES) {
      const bytes = concat(pending);
      const task: NdjsonTask = { kind: 'ndjson', firstLine: nextLine, bytes };
      nextLine += countNewlines(bytes);
      pending = [];
      pendingBytes = 0;
      yield task;
    }
  }
  // a last line without its newline is still a line
  if (carry.length > 0) pending.push(carry, NEWLINE);
  if (pending.length > 0) {
    const bytes = concat(pending);
    if (bytes.length > 0) yield { kind: 'ndjson', firstLine: nextLine, bytes };
  }
}

const NEWLINE = new Uint8Array([0x0a]);

/** A fresh, exactly sized copy: its buffer can be transferred to a thread. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0) {
    count++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return count;
}
