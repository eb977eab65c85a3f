// Runs the built CLI (`pnpm --filter @storepolicy/checker build` first) in-process from the repository root.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInProcess, type CliResult } from '../helpers/in-process.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export function run(args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  // the environment is the test's own: nothing from GitHub Actions (GITHUB_*) or the shell's LANG leaks in
  return runInProcess(args, { cwd: root, env: extraEnv });
}
