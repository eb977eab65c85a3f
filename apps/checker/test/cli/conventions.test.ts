// Command-line conventions: global options anywhere, usage errors are exit 2
// with help on stderr, required options said to be required, and commands the
// CLI prints work as written.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

describe('global options before or after the command', () => {
  it.each([
    [['--lang', 'zh', 'validate', 'policies/demo-food']],
    [['--lang=zh', 'validate', 'policies/demo-food']],
    [['validate', 'policies/demo-food', '--lang', 'zh']],
    [['--no-color', '--lang', 'zh', 'validate', 'policies/demo-food']],
  ])('%j', async (args) => {
    const result = await runInProcess(args, { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已检查 \d+ 个文件，未发现问题\n$/);
  });

  it('--debug before the command is accepted too', async () => {
    const result = await runInProcess(['--debug', 'validate', 'nope.yaml'], { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('storepolicy: nope.yaml: no such file or directory');
  });
});

describe('a missing command is a usage error', () => {
  it.each([[[]], [['check']]])('storepolicy %j: exit 2, help on stderr, nothing on stdout', async (args) => {
    const result = await runInProcess(args, { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: storepolicy/);
  });

  it('--help is still a successful exit, on stdout', async () => {
    const result = await runInProcess(['--help'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: storepolicy/);
  });
});

describe('required options are shown as required', () => {
  it('explain --help puts --sku in the usage line and calls it required', async () => {
    const result = await runInProcess(['explain', '--help'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Usage: storepolicy explain <promotion> --sku <sku> [options]');
    expect(result.stdout).toMatch(/--sku <sku>\s+\(required\) the SKU to price/);
  });
});

describe("init's last line is a command that works as written", () => {
  function workspace(): string {
    work = mkdtempSync(path.join(tmpdir(), 'storepolicy-init-cmd-'));
    cpSync(path.join(ROOT, 'policies'), path.join(work, 'policies'), { recursive: true });
    return work;
  }

  it('under `pnpm -s storepolicy` it says `pnpm -s storepolicy validate …`', async () => {
    const cwd = workspace();
    const result = await runInProcess(['init', 'acme'], { cwd, env: { npm_lifecycle_event: 'storepolicy' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('next: edit the files for your store, then run `pnpm -s storepolicy validate policies/acme`');
  });

  it('run as `storepolicy` (on PATH) it says `storepolicy validate …`', async () => {
    const cwd = workspace();
    const result = await runInProcess(['init', 'acme'], { cwd });
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('next: edit the files for your store, then run `storepolicy validate policies/acme`');
  });
});
