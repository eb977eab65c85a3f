// Runs `storepolicy` in the test's own process: the same main() a user's
// shell reaches through dist/cli.js, with captured streams, a chosen working
// directory and environment. A child process per command cost 0.3-0.5 s of
// cold imports (and far more on a loaded machine); in-process a command costs
// only its own work. A few end-to-end tests still spawn the real binary
// (test/e2e/), so the process wiring (cli.ts, exit codes, pipes) stays covered.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// the bundle users run (scripts/bundle-cli.mjs), not tsc's modules beside it
const PROGRAM = path.resolve(here, '../../dist/bundle/program.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  stdin?: string | Buffer;
  /** Pretend stdout is a terminal (colour, progress). */
  tty?: boolean;
}

class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY: boolean;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The environment a user's shell would give: no colour, English, nothing from CI. */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

// process.cwd() is one per process: runs take turns, each in its own directory.
let queue: Promise<unknown> = Promise.resolve();

type Main = (argv: string[], io: object) => Promise<number>;
let mainFn: Main | undefined;

async function loadMain(): Promise<Main> {
  if (!existsSync(PROGRAM)) throw new Error(`${PROGRAM} is missing: run \`pnpm --filter @storepolicy/checker build\` first`);
  mainFn ??= ((await import(PROGRAM)) as { main: Main }).main;
  return mainFn;
}

export function runInProcess(args: string[], options: RunOptions): Promise<CliResult> {
  const turn = queue.then(async () => {
    const main = await loadMain();
    const stdout = new Capture(options.tty ?? false);
    const stderr = new Capture(false);
    const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
    const before = process.cwd();
    const started = performance.now();
    process.chdir(options.cwd);
    try {
      const code = await main([process.execPath, 'storepolicy', ...args], { stdout, stderr, stdin, env: userEnv(options.env) });
      return { code, stdout: stdout.text(), stderr: stderr.text(), ms: performance.now() - started };
    } finally {
      process.chdir(before);
    }
  });
  queue = turn.catch(() => {});
  return turn;
}
