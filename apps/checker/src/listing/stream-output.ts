import { createWriteStream, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { UsageError } from '../exit.js';

export interface StreamOutput {
  write(text: string | Uint8Array): Promise<void>;
  /** Finish: a file output appears under its name only now, whole. */
  finish(): Promise<void>;
  /** Give up: a file output is removed, stdout is left as it is. */
  abort(): void;
}

/**
 * Streamed output (ndjson, pretty) to stdout or to a file. Writing waits when
 * the reader of a pipe is slower than the checker, instead of buffering the
 * whole result in memory. A file is written under a temporary name and
 * renamed at the end, so a reader never sees half a result.
 */
export function openStreamOutput(output: string | undefined): StreamOutput {
  if (!output) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      // the reader went away (`| head`): stop quietly, as other Unix tools do
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
    return {
      async write(text) {
        if (!process.stdout.write(text)) await once(process.stdout, 'drain');
      },
      async finish() {},
      abort() {},
    };
  }
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  let stream: WriteStream;
  try {
    stream = createWriteStream(temp, { flags: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let failed: Error | undefined;
  stream.on('error', (error) => (failed = error));
  return {
    async write(text) {
      if (failed) throw new UsageError(`cannot write ${output}: ${(failed as NodeJS.ErrnoException).code ?? failed.message}`);
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async finish() {
      stream.end();
      await once(stream, 'close');
      if (failed) throw new UsageError(`cannot write ${output}: ${(failed as NodeJS.ErrnoException).code ?? failed.message}`);
      renameSync(temp, output);
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
