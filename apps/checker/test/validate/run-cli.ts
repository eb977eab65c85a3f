import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInProcess, type CliResult } from '../helpers/in-process.js';

export type { CliResult };

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLI = path.resolve(here, '../../dist/cli.js');
export const FIXTURES = path.resolve(here, '../fixtures/validate');

/**
 * Run the built `storepolicy` in-process (test/helpers/in-process.ts), in its
 * own cwd and environment (no colour, English unless the test says otherwise).
 */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliResult> {
  return runInProcess(args, { cwd: options.cwd ?? FIXTURES, ...(options.env ? { env: options.env } : {}), ...(options.stdin === undefined ? {} : { stdin: options.stdin }) });
}

/**
 * Run the built `storepolicy` the way a user does: a child process, its own
 * cwd and environment. Only for end-to-end tests of the process itself.
 */
export function runProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @storepolicy/checker build\` first`);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd ?? FIXTURES, env, timeout: options.timeoutMs ?? 30_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
  });
}

/** A JSON report's diagnostics, reduced to what a manager sees. */
export function findings(result: CliResult): Array<{ code: string; severity: string; file: string; line: number; column: number; pointer: string; message: string; hint?: string }> {
  let body: { diagnostics: Array<Record<string, unknown>> };
  try {
    body = JSON.parse(result.stdout) as typeof body;
  } catch {
    throw new Error(`expected a JSON report, got exit ${result.code}: ${result.stderr || result.stdout.slice(0, 500)}`);
  }
  return body.diagnostics.map((d) => ({
    code: d.code as string,
    severity: d.severity as string,
    file: d.file as string,
    line: d.line as number,
    column: d.column as number,
    pointer: d.pointer as string,
    message: d.message as string,
    ...(d.hint === undefined ? {} : { hint: d.hint as string }),
  }));
}

/** A Node stack frame ("    at fn (file.js:1:2)") means a crash leaked to the user. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-validate-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
