// The one way a command writes its report. Every write is tracked until the
// OS accepted it, so a run never ends with exit 0 and nothing written
// (`> /dev/full`), a reader that went away (`| head`) ends the run quietly,
// and any other failure is one line naming the target, exit 2.
import { closeSync, createWriteStream, fstatSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { UsageError } from '../exit.js';
import { ioMessages as m } from './messages.js';
import { runtime, type OutStream } from './runtime.js';

/** The reader of stdout closed the pipe: not an error, the run just stops. */
export class ClosedPipe extends Error {
  constructor() {
    super('stdout was closed by its reader');
    this.name = 'ClosedPipe';
  }
}

function writeFailure(target: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (target === 'stdout' && (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET')) return new ClosedPipe();
  return new UsageError(m.cannotWrite({ target, code: code ?? (error instanceof Error ? error.message : String(error)) }));
}

const guarded = new WeakSet<OutStream>();

/**
 * Failures arrive through write callbacks; an 'error' event with no listener
 * would crash the process with a stack trace ("Unhandled 'error' event").
 */
function guard(stream: OutStream): OutStream {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', () => {});
  }
  return stream;
}

/** Write to a stream; resolves when the bytes were handed to the OS, rejects with ClosedPipe or a UsageError. */
export function writeStream(stream: OutStream, target: string, text: string | Uint8Array): Promise<void> {
  guard(stream);
  return new Promise((resolve, reject) => {
    if (stream.destroyed || stream.writableEnded) {
      reject(writeFailure(target, Object.assign(new Error('destroyed'), { code: 'ERR_STREAM_DESTROYED' })));
      return;
    }
    stream.write(text, (error) => (error ? reject(writeFailure(target, error)) : resolve()));
  });
}

/** Write to stderr, ignoring failures: a message about a failure must not fail again. */
export function writeStderr(text: string): void {
  const { stderr } = runtime();
  guard(stderr);
  if (!stderr.destroyed) stderr.write(text, () => {});
}

/**
 * Write a report to stdout, or to a file atomically (temp file + rename), so
 * a CI step reading the file never sees half a report. Stdout writes are
 * awaited by `main()` before it picks the exit code.
 */
export function emit(text: string, output: string | undefined): void {
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (!output) {
    const run = runtime();
    const written = writeStream(run.stdout, 'stdout', body);
    written.catch(() => {}); // reported by settleOutput
    run.pending.push(written);
    return;
  }
  writeFile(output, body);
}

/** Write to stdout as part of the report (tracked like `emit`, no newline added). */
export function writeStdout(text: string): void {
  const run = runtime();
  const written = writeStream(run.stdout, 'stdout', text);
  written.catch(() => {}); // reported by settleOutput
  run.pending.push(written);
}

/** Wait for every tracked write; throws the first failure (ClosedPipe or UsageError). */
export async function settleOutput(): Promise<void> {
  const run = runtime();
  while (run.pending.length > 0) {
    const batch = run.pending.splice(0);
    const results = await Promise.allSettled(batch);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
}

/**
 * A regular file (or a new one) is written atomically; a device or FIFO
 * (`-o /dev/stdout`, `-o /dev/full`) cannot be renamed over, so it is written
 * in place, and its failures are reported like stdout's.
 */
function isSpecialFile(file: string): boolean {
  try {
    return !statSync(file).isFile();
  } catch {
    return false;
  }
}

export function writeFile(file: string, body: string): void {
  if (isSpecialFile(file)) {
    try {
      writeFileSync(file, body);
    } catch (error) {
      throw writeFailure(file, error);
    }
    return;
  }
  writeAtomic(file, body);
}

export function writeAtomic(file: string, body: string, options: { overwrite?: boolean } = { overwrite: true }): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, body, { flag: 'wx' });
    if (options.overwrite === false) {
      // link() fails if the target exists: no window where an existing file is replaced
      try {
        linkSync(temp, file);
      } finally {
        unlinkSync(temp);
      }
      return;
    }
    renameSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    if (code === 'EEXIST') throw new UsageError(m.exists({ file }));
    if (code !== undefined) throw new UsageError(m.cannotWrite({ target: file, code }));
    throw error;
  }
}

export interface StreamOutput {
  write(text: string | Uint8Array): Promise<void>;
  /** Finish: a file output appears under its name only now, whole. */
  finish(): Promise<void>;
  /** Give up: a file output is removed, stdout is left as it is. */
  abort(): void;
}

/**
 * Streamed output (ndjson, pretty, large JSON) to stdout or to a file. Writing
 * waits when the reader of a pipe is slower than the checker, instead of
 * buffering the whole result in memory. A regular file is written under a
 * temporary name and renamed at the end, so a reader never sees half a result.
 */
export function openStreamOutput(output: string | undefined): StreamOutput {
  if (!output) {
    const { stdout } = runtime();
    return {
      write: (text) => writeStream(stdout, 'stdout', text),
      async finish() {},
      abort() {},
    };
  }
  if (isSpecialFile(output)) return fdOutput(output);
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw writeFailure(output, error);
  }
  const stream: WriteStream = createWriteStream(temp, { fd });
  let failed: unknown;
  stream.on('error', (error) => (failed = error));
  const check = () => {
    if (failed !== undefined) throw writeFailure(output, failed);
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
      check();
    },
    async finish() {
      stream.end();
      await once(stream, 'close');
      check();
      try {
        renameSync(temp, output);
      } catch (error) {
        throw writeFailure(output, error);
      }
    },
    abort() {
      stream.destroy();
      try {
        unlinkSync(temp);
      } catch {
        // nothing was written
      }
    },
  };
}

/** A device or FIFO named by --output: written in place, synchronously, failures reported. */
function fdOutput(file: string): StreamOutput {
  let fd: number;
  try {
    fd = openSync(file, 'w');
    fstatSync(fd);
  } catch (error) {
    throw writeFailure(file, error);
  }
  return {
    async write(text) {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      try {
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
      } catch (error) {
        throw writeFailure(file, error);
      }
    },
    async finish() {
      closeSync(fd);
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    },
  };
}

/** Write chunks (a report too large for one string) through a stream output. */
export async function emitChunks(chunks: Iterable<string>, output: string | undefined): Promise<void> {
  const out = openStreamOutput(output);
  try {
    for (const chunk of chunks) await out.write(chunk);
    await out.finish();
  } catch (error) {
    out.abort();
    throw error;
  }
}
