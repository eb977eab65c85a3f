import { expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInProcess, type CliResult } from '../helpers/in-process.js';

export type { CliResult };

const here = path.dirname(fileURLToPath(import.meta.url));
export const CLI = path.resolve(here, '../../dist/cli.js');
/** Tests run from this folder, so paths in output are short and stable. */
export const FIXTURES = path.resolve(here, '../fixtures/listings');
export const STORE = 'store';

/** Run the built CLI in-process from the fixtures folder, optionally feeding stdin. */
export function run(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return runInProcess(args, { cwd: FIXTURES, ...options });
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
