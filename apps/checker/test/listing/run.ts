import { expect } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLI = path.resolve(here, '../../dist/cli.js');
/** Tests run from this folder, so paths in output are short and stable. */
export const FIXTURES = path.resolve(here, '../fixtures/listings');
export const STORE = 'store';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a user would, optionally feeding stdin. */
export function run(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @storepolicy/checker build\` first`);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: FIXTURES, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.stdin ?? '');
  });
}

export interface NdjsonFinding {
  code: string;
  severity: string;
  message: string;
  field: string;
  start?: number;
  end?: number;
}

export interface NdjsonLine {
  row: number;
  sku?: string;
  ok: boolean;
  empty?: boolean;
  findings: NdjsonFinding[];
}

export function ndjsonLines(stdout: string): NdjsonLine[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as NdjsonLine);
}

export function codes(line: NdjsonLine): string[] {
  return line.findings.map((f) => f.code).sort();
}
