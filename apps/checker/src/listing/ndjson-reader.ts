import type { Readable } from 'node:stream';
import type { NdjsonTask } from './batch.js';

/** Batch size target: big enough to amortise a thread hop, small enough to keep memory flat. */
const TARGET_BYTES = 512 * 1024;
/** A longer line is reported, not read: one runaway line must not take the memory of the whole run. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Cut a byte stream into batches of whole lines, numbering them, without
 * decoding a byte: the threads decode and parse. Splitting at 0x0A is safe
 * for UTF-8 and GB18030 alike (neither uses 0x0A inside a character).
 */
export async function* ndjsonTasks(input: Readable, onBytes: (n: number) => void = () => {}): AsyncGenerator<NdjsonTask> {
  let carry: Uint8Array = new Uint8Array(0);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let pendingLines = 0;
  let nextLine = 1;
  // an overlong line being skipped: its size so far
  let skipping = -1;
  let tooLong: Record<number, number> | undefined;
  const take = (bytes: Uint8Array) => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    pendingLines += countNewlines(bytes);
  };
  const markTooLong = (size: number) => {
    (tooLong ??= {})[pendingLines] = size;
    take(NEWLINE);
  };
  const cut = (): NdjsonTask => {
    const task: NdjsonTask = { kind: 'ndjson', firstLine: nextLine, bytes: concat(pending) };
    if (tooLong) task.tooLong = tooLong;
    nextLine += pendingLines;
    pending = [];
    pendingBytes = 0;
    pendingLines = 0;
    tooLong = undefined;
    return task;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let rest: Uint8Array = chunk;
    if (skipping >= 0) {
      const end = rest.indexOf(0x0a);
      if (end < 0) {
        skipping += rest.length;
        continue;
      }
      markTooLong(skipping + end);
      skipping = -1;
      rest = rest.subarray(end + 1);
    }
    const lastNewline = rest.lastIndexOf(0x0a);
    if (lastNewline < 0) {
      carry = concat([carry, rest]);
      if (carry.length > MAX_LINE_BYTES) {
        skipping = carry.length;
        carry = new Uint8Array(0);
      }
      continue;
    }
    take(carry.length > 0 ? concat([carry, rest.subarray(0, lastNewline + 1)]) : rest.subarray(0, lastNewline + 1));
    carry = rest.subarray(lastNewline + 1);
    if (pendingBytes >= TARGET_BYTES) yield cut();
  }
  if (skipping >= 0) markTooLong(skipping);
  // a last line without its newline is still a line
  else if (carry.length > 0) take(concat([carry, NEWLINE]));
  if (pending.length > 0 && pendingBytes > 0) yield cut();
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
