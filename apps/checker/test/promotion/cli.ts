// Runs the built CLI (`pnpm --filter @storepolicy/checker build` first) from the repository root.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const cli = path.join(root, 'apps/checker/dist/cli.js');

export function run(args: string[], extraEnv: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  // the same output on a laptop and in GitHub Actions (which sets GITHUB_* and may set LANG)
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GITHUB_')));
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...extraEnv },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
