// Docs that cannot go stale: every `$ storepolicy …` sample in README.md and
// docs/ is compared with what the built CLI prints now. On failure, run
// `pnpm docs:samples` and review the diff it makes.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('command samples in README.md and docs/', () => {
  it('are what the CLI prints (scripts/doc-samples.mjs --check)', async () => {
    const result = await exec(process.execPath, ['scripts/doc-samples.mjs', '--check'], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME } }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\d+ doc samples match the CLI\n$/);
  });

  it('cover the README: every `$ pnpm -s storepolicy` line there is a generated sample', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    const commands = readme.split('\n').filter((line) => line.startsWith('$ pnpm -s storepolicy'));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    expect(readme).not.toMatch(/<!-- sample: skip/);
  });

  it('say where they are shortened', () => {
    const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
    // a bare "..." line was the old way of cutting a sample without saying so
    expect(readme).not.toMatch(/^\.\.\.$/m);
    expect(readme).toMatch(/^… \(shortened here\)$/m);
  });
});
