import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from '../exit.js';
import { ioMessages } from '../io/messages.js';

/** Bytes read into a buffer the caller owns (so it can hand the buffer to a thread). */
export interface ByteSource {
  /** Read into `target` from `offset`; 0 means the end. */
  read(target: Uint8Array, offset: number): Promise<number>;
  close(): Promise<void>;
}

export async function fileSource(file: string, onBytes: (n: number) => void = () => {}): Promise<ByteSource> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(ioMessages.cannotRead({ file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  return {
    async read(target, offset) {
      const { bytesRead } = await handle.read(target, offset, target.length - offset, null);
      onBytes(bytesRead);
      return bytesRead;
    },
    close: () => handle.close(),
  };
}

/** A stream (stdin) as a byte source: its chunks are copied into the caller's buffers. */
export function streamSource(stream: Readable, onBytes: (n: number) => void = () => {}): ByteSource {
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let pending: Buffer | undefined;
  return {
    async read(target, offset) {
      if (!pending || pending.length === 0) {
        const next = await chunks.next();
        if (next.done) return 0;
        pending = next.value;
        onBytes(pending.length);
      }
      const n = Math.min(pending.length, target.length - offset);
      target.set(pending.subarray(0, n), offset);
      pending = pending.subarray(n);
      return n;
    },
    async close() {
      await chunks.return?.();
    },
  };
}

/** Bytes already in memory (an upload) as a byte source: copied into the caller's buffers like a file's. */
export function memorySource(bytes: Uint8Array): ByteSource {
  let at = 0;
  return {
    async read(target, offset) {
      const n = Math.min(bytes.length - at, target.length - offset);
      target.set(bytes.subarray(at, at + n), offset);
      at += n;
      return n;
    },
    async close() {},
  };
}
