// End-to-end: the real binary in a child process, because pipes, devices and
// exit statuses are what this is about. A closed pipe ends the run quietly
// (exit 0, nothing on stderr); any other write failure is exit 2 with one line
// naming the target; no command exits 0 without having written its report.
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { userEnv } from '../helpers/in-process.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(here, '../../dist/cli.js');
const ROOT = path.resolve(here, '../../../..');
const STORE = path.resolve(here, '../fixtures/listings/store');
const NOW = ['--now', '2026-11-01T09:00:00+08:00'];
const PROPOSAL = 'policies/demo-apparel/proposals/double11-dresses.yaml';

const work = mkdtempSync(path.join(tmpdir(), 'storepolicy-streams-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 20,000 NDJSON listings: far more output than a pipe buffers. */
const BIG = path.join(work, 'big.ndjson');
writeFileSync(BIG, Array.from({ length: 20_000 }, (_, i) => `${JSON.stringify({ sku: `M-${i}`, title: '陶瓷马克杯', category: 'mugs', price: 39 })}\n`).join(''));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI with stdout closed by its reader before anything is written
 * (`| head -0`): the first write meets EPIPE, whatever the machine's speed.
 */
function withClosedStdout(args: string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

/** Run the CLI with stdout on a given file descriptor (a device such as /dev/full). */
function withStdoutFile(args: string[], device: string): Promise<Exit> {
  const fd = openSync(device, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: userEnv(), stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('a reader that closes the pipe (| head) ends the run quietly: exit 0, nothing on stderr', () => {
  const commands: Array<[string, string[]]> = [
    ['test --format json', ['test', '--format', 'json']],
    ['validate --format sarif', ['validate', '--format', 'sarif']],
    ...(['json', 'markdown'] as const).map(
      (f): [string, string[]] => [`check promotion --format ${f}`, ['check', 'promotion', PROPOSAL, ...NOW, '--format', f]],
    ),
    ['check listing --format ndjson (20,000 rows)', ['check', 'listing', BIG, '--store', STORE, '--format', 'ndjson']],
    ['--help', ['--help']],
  ];
  it.each(commands)('%s', async (_name, args) => {
    const result = await withClosedStdout(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('a full disk is exit 2 with one line naming the target, never exit 0 with nothing written', () => {
  const haveFull = existsSync('/dev/full');
  it.skipIf(!haveFull).each([
    ['validate', ['validate']],
    ['check promotion --format json', ['check', 'promotion', PROPOSAL, ...NOW, '--format', 'json']],
    ['check listing --format ndjson (large)', ['check', 'listing', BIG, '--store', STORE, '--format', 'ndjson']],
  ])('%s > /dev/full', async (_name, args) => {
    const result = await withStdoutFile(args as string[], '/dev/full');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: cannot write stdout: ENOSPC\n');
  });

  it.skipIf(!haveFull).each([
    ['check listing --format ndjson', ['check', 'listing', BIG, '--store', STORE, '--format', 'ndjson']],
    ['validate --format json', ['validate', '--format', 'json']],
  ])('%s -o /dev/full', async (_name, args) => {
    const result = await withStdoutFile([...(args as string[]), '-o', '/dev/full'], '/dev/null');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: cannot write /dev/full: ENOSPC\n');
  });
});

describe('an unreadable folder is an input error', () => {
  // root reads any folder whatever its mode, so this only means something for other users
  it.skipIf(process.getuid?.() === 0)('validate over a chmod 000 subfolder: exit 2, one line, no stack', async () => {
    const dir = path.join(work, 'locked-repo');
    mkdirSync(path.join(dir, 'secret'), { recursive: true });
    writeFileSync(path.join(dir, 'a.yaml'), 'apiVersion: storepolicy/v1\n');
    chmodSync(path.join(dir, 'secret'), 0o000);
    try {
      const result = await new Promise<Exit>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'validate', dir], { env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        child.on('close', (code) => resolve({ code, stdout: '', stderr }));
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/secret: cannot read this folder \(EACCES\)/);
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      chmodSync(path.join(dir, 'secret'), 0o755);
    }
  });
});
