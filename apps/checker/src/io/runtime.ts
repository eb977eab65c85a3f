import { AsyncLocalStorage } from 'node:async_hooks';
import type { Readable, Writable } from 'node:stream';
import path from 'node:path';
import type { Lang } from '@storepolicy/schema/core';

/** A stream the CLI writes to; `isTTY` decides colour and progress bars. */
export type OutStream = Writable & { isTTY?: boolean };

/**
 * What one run of the CLI talks to. `main()` gets the real process streams;
 * tests pass their own, so a command runs in-process with the same code path
 * a user's terminal sees (no child process and cold imports per test).
 */
export interface Runtime {
  stdout: OutStream;
  stderr: OutStream;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

/** Per-run state: the exit code the command chose and the writes still in flight. */
export interface Run extends Runtime {
  exitCode: number | undefined;
  /** How the user started the CLI (argv[1]), to print commands that work as written. */
  script: string;
  /**
   * The language of the CLI's own lines (run-lang.ts: --lang anywhere on the line, else the
   * environment), for errors and lines written deep in code that was handed no options.
   */
  lang: Lang;
  /** Every write to stdout or a file, resolved once the bytes were accepted by the OS. */
  pending: Promise<void>[];
}

const storage = new AsyncLocalStorage<Run>();
let processRun: Run | undefined;

/** The current run: the one `withRun` set, else the process itself. */
export function runtime(): Run {
  const run = storage.getStore();
  if (run) return run;
  processRun ??= newRun({});
  return processRun;
}

/** `lang` is main()'s choice; code run outside main() (a test calling a function) speaks English. */
export function newRun(io: Partial<Runtime>, script = process.argv[1] ?? 'storepolicy', lang: Lang = 'en'): Run {
  return {
    script,
    lang,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    env: io.env ?? process.env,
    exitCode: undefined,
    pending: [],
  };
}

export function withRun<T>(run: Run, fn: () => Promise<T>): Promise<T> {
  return storage.run(run, fn);
}

/** A command's exit code (commander's actions cannot return one). */
export function setExitCode(code: number): void {
  runtime().exitCode = code;
}

/**
 * The command prefix the user can type again: `pnpm -s storepolicy` under the
 * repository's script, `storepolicy` when it is on PATH, else `node <cli.js>`.
 */
export function invocation(): string {
  const { env, script } = runtime();
  if (env.npm_lifecycle_event === 'storepolicy') return 'pnpm -s storepolicy';
  const base = script.split(/[\\/]/).pop() ?? script;
  if (base === 'storepolicy') return 'storepolicy';
  const relative = path.relative(process.cwd(), script) || script;
  return `node ${relative.includes(' ') ? JSON.stringify(relative) : relative}`;
}

/** Colour only for a terminal, never with NO_COLOR (any value) or TERM=dumb. */
export function colorAllowed(toFile: boolean): boolean {
  const { stdout, env } = runtime();
  return !toFile && Boolean(stdout.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb';
}
