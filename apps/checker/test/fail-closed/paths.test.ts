import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings, runCli } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "reading outside the repository" (issue 9, hole 10 and the
// symlink half of hole 3; SPEC section 9): a path in a policy file, or a file
// met in a policy folder, is read only when it is a regular file inside the
// repository, never shown when refused, and never hangs or grows the run.
// Each of these used to print the environment, hang, or skip a check silently.

const HANG_GUARD = 30_000;
let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-food']);
});
afterEach(() => repo.cleanup());

const COMPLIANCE = 'policies/demo-food/compliance.yaml';
const at = (file: string) => path.join(repo.root, file);
const mkfifo = (file: string) => execFileSync('mkfifo', [at(file)]);
const refusals = (result: Awaited<ReturnType<typeof runCli>>) => findings(result).filter((f) => f.code === 'path/not-allowed');

describe('fail closed: paths stay inside the repository', () => {
  it('extends: ../../../proc/self/environ is refused at the extends value and shows none of the environment', async () => {
    repo.edit(COMPLIANCE, 'extends: ../_base/cn-regulations.yaml', 'extends: ../../../../../../../../../proc/self/environ');
    const secret = 'sp-secret-4f1c9e';
    const pretty = await runCli(['validate', 'policies/demo-food'], { cwd: repo.root, env: { SP_TOKEN: secret } });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout + pretty.stderr).not.toContain(secret);
    const json = await runCli(['validate', 'policies/demo-food', '--format', 'json'], { cwd: repo.root, env: { SP_TOKEN: secret } });
    expect(json.stdout).not.toContain(secret);
    expect(refusals(json).map((f) => [f.file, f.line, f.column, f.pointer])).toEqual([[COMPLIANCE, 12, 12, '/spec/extends']]);
  }, HANG_GUARD);

  it('extends: /dev/zero is refused unread (no gigabytes)', async () => {
    repo.edit(COMPLIANCE, 'extends: ../_base/cn-regulations.yaml', 'extends: ../../../../../../../../../dev/zero');
    const result = await repo.run(['validate', 'policies/demo-food', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(refusals(result).map((f) => f.pointer)).toEqual(['/spec/extends']);
  }, HANG_GUARD);

  it('a FIFO named like a policy file in a store folder is reported, not waited on', async () => {
    mkfifo('policies/demo-food/hang.yaml');
    const result = await repo.run(['validate', 'policies/demo-food', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(refusals(result).map((f) => [f.file, f.message])).toEqual([['policies/demo-food/hang.yaml', expect.stringContaining('is a FIFO (named pipe), not a regular file')]]);
  }, HANG_GUARD);

  it("a FIFO as a PolicyTest's input_file fails that case instead of hanging", async () => {
    mkfifo('policies/demo-food/fifo-input.txt');
    repo.write(
      'policies/demo-food/tests/fifo.yaml',
      [
        'apiVersion: storepolicy/v1',
        'kind: PolicyTest',
        'metadata: {store: demo-food, name: fifo}',
        'spec:',
        '  now: 2026-11-07T10:00:00+08:00',
        '  cases:',
        '    - name: reads a fifo',
        '      input_file: ../fifo-input.txt',
        '      expect: {valid: true}',
        '',
      ].join('\n'),
    );
    const result = await repo.run(['test', 'policies/demo-food', '--filter', 'reads a fifo']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ reads a fifo');
  }, HANG_GUARD);

  it('compliance.yaml committed as a symlink out of the repository is reported, not skipped', async () => {
    const outside = `${repo.root}-outside.yaml`;
    renameSync(at(COMPLIANCE), outside);
    symlinkSync(outside, at(COMPLIANCE));
    try {
      const result = await repo.run(['validate', 'policies/demo-food', '--format', 'json']);
      expect(result.code).toBe(1);
      expect(refusals(result).map((f) => [f.file, f.message])).toEqual([[COMPLIANCE, expect.stringContaining('is a symbolic link to')]]);
    } finally {
      execFileSync('rm', ['-f', outside]);
    }
  }, HANG_GUARD);

  it('a listing committed as a symlink inside the repository is checked (全网第一 found), not skipped', async () => {
    const listing = 'policies/demo-food/listings/nut-002-diet-nuts-spam.yaml';
    renameSync(at(listing), at('policies/demo-food/shared-listing.yml.txt'));
    symlinkSync('../shared-listing.yml.txt', at(listing));
    const result = await repo.run(['check', 'listing', 'policies/demo-food/listings', '--store', 'policies/demo-food', '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { summary: { files: number }; diagnostics: { file: string; code: string }[] };
    expect(body.diagnostics.filter((d) => d.file === listing && d.code === 'listing/banned-term').length).toBeGreaterThan(0);
  }, HANG_GUARD);

  it('/dev/zero as a listing input (zero.csv -> /dev/zero) is refused at once (exit 2), not read forever', async () => {
    symlinkSync('/dev/zero', at('zero.csv'));
    const result = await repo.run(['check', 'listing', 'zero.csv', '--store', 'policies/demo-food']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('zero.csv: a character device, not a regular file');
  }, HANG_GUARD);
});

describe('fail closed: the catalogue next to store.yaml is a regular file too', () => {
  it('a FIFO as catalog.csv stops check promotion with one line (exit 2) instead of hanging', async () => {
    rmSync(at('policies/demo-food/catalog.csv'));
    mkfifo('policies/demo-food/catalog.csv');
    const result = await repo.run(['check', 'promotion', 'policies/demo-food/proposals/double11-tea.yaml', '--now', '2026-11-01T09:00:00+08:00']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('catalog.csv: the catalogue is a FIFO (named pipe), not a regular file');
  }, HANG_GUARD);
});
