import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, findings, runCli, tempDir } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

describe('storepolicy validate: command line', () => {
  it('prints help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: storepolicy');
    expect(result.stdout).toContain('validate');
    const sub = await runCli(['validate', '--help']);
    expect(sub.code, sub.stderr).toBe(0);
    expect(sub.stdout).toMatch(/--format <format>/);
    expect(sub.stdout).toMatch(/--fail-on <severity>/);
  });

  it('exits 2 with one clear line for a directory with no policies', async () => {
    const result = await runCli(['validate', 'empty']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('storepolicy: empty: no policy files (*.yaml, *.yml) found in this directory\n');
  });

  it('exits 2 for a path that does not exist', async () => {
    const result = await runCli(['validate', 'no/such/dir']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toBe('storepolicy: no/such/dir: no such file or directory\n');
  });

  it('exits 2 for an unknown flag or a bad flag value, without a stack trace', async () => {
    const unknown = await runCli(['validate', 'clean', '--bogus']);
    expect(unknown.code, unknown.stderr).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
    const badFormat = await runCli(['validate', 'clean', '--format', 'xml']);
    expect(badFormat.code, badFormat.stderr).toBe(2);
    expect(badFormat.stderr).toMatch(/'xml' is invalid.*pretty, json, github, sarif, junit/s);
    const badFailOn = await runCli(['validate', 'clean', '--fail-on', 'sometimes']);
    expect(badFailOn.code, badFailOn.stderr).toBe(2);
    const badNow = await runCli(['validate', 'clean', '--now', 'yesterday']);
    expect(badNow.code, badNow.stderr).toBe(2);
    expect(badNow.stderr).toBe('storepolicy: --now yesterday: expected an ISO time with offset, e.g. 2026-11-01T09:00:00+08:00\n');
  });

  it('fails on warnings only with --fail-on warning', async () => {
    const byDefault = await runCli(['validate', 'warning', '--format', 'json']);
    expect(findings(byDefault)).toEqual([
      expect.objectContaining({ code: 'tiers/metric-fit', severity: 'warning', file: 'warning/member-tiers.yaml', line: 7, column: 11 }),
    ]);
    expect(byDefault.code, byDefault.stderr).toBe(0);
    expect((await runCli(['validate', 'warning', '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['validate', 'warning', '--fail-on', 'info'])).code).toBe(1);
    expect((await runCli(['validate', 'broken/wrong-type.yaml', '--fail-on', 'never'])).code).toBe(0);
  });

  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it('writes the report to --output and nothing to stdout', async () => {
    const out = path.join(tmp.dir, 'report.json');
    const result = await runCli(['validate', 'broken/misspelt-key.yaml', '--format', 'json', '--output', out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toBe('');
    const body = JSON.parse(readFileSync(out, 'utf8'));
    expect(body.diagnostics[0]).toMatchObject({ code: 'schema/unknown-key', line: 15, column: 9 });
  });

  it('exits 2 when --output cannot be written', async () => {
    const result = await runCli(['validate', 'clean', '--output', path.join(tmp.dir, 'missing-dir', 'r.txt')]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^storepolicy: cannot write .*r\.txt: ENOENT\n$/);
    expect(existsSync(path.join(tmp.dir, 'missing-dir'))).toBe(false);
    const tooLong = await runCli(['validate', 'clean', '--output', path.join(tmp.dir, `${'r'.repeat(300)}.txt`)]);
    expect(tooLong.code, tooLong.stderr).toBe(2);
    expect(tooLong.stderr).toMatch(/^storepolicy: cannot write .*: ENAMETOOLONG\n$/);
  });

  it('speaks Chinese with --lang zh', async () => {
    const result = await runCli(['validate', 'broken/misspelt-key.yaml', '--lang', 'zh']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('broken/misspelt-key.yaml:15:9  错误  schema/unknown-key');
    expect(result.stdout).toMatch(/free_shiping/);
    expect(result.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(result.stdout).not.toContain('Unknown key');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('已检查 1 个文件：1 个错误，0 个警告，0 条提示');
  });

  it('takes the language from LANG by default, and --lang wins over it', async () => {
    const zh = await runCli(['validate', 'broken/out-of-range.yaml'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('已检查 1 个文件');
    const en = await runCli(['validate', 'broken/out-of-range.yaml', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toContain('1 file checked: 1 error');
    const json = await runCli(['validate', 'broken/out-of-range.yaml', '--format', 'json'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(findings(json)[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('never colours output that is not a terminal, even without NO_COLOR', async () => {
    const result = await runCli(['validate', 'broken/out-of-range.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });
});
