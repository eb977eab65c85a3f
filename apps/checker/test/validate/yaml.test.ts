import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, findings, runCli, tempDir } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

/** How long a clean two-file run takes right now: the floor for timing bounds. */
let baseline: number | undefined;
async function baselineMs(): Promise<number> {
  baseline ??= (await runCli(['validate', 'clean'])).ms;
  return baseline;
}

// Layer 1 (YAML) and hostile input: every case gets a located finding and a
// bounded run, never a crash.
describe('storepolicy validate: YAML syntax and hostile input', () => {
  const syntax = [
    { name: 'duplicate keys', file: 'broken/duplicate-key.yaml', code: 'yaml/duplicate-key', line: 9, column: 3 },
    { name: 'tab indentation', file: 'broken/tab-indent.yaml', code: 'yaml/syntax', line: 8, column: 1, message: /Tabs are not allowed/ },
    { name: 'an unterminated quote', file: 'broken/unterminated-quote.yaml', code: 'yaml/syntax', line: 7, column: 11, message: /Missing closing "quote/ },
    { name: 'bad indentation', file: 'broken/bad-indent.yaml', code: 'yaml/syntax', line: 8, column: 1, message: /must start at the same column/ },
  ];
  for (const c of syntax) {
    it(`reports ${c.name} at the exact position (exit 1)`, async () => {
      const result = await runCli(['validate', c.file, '--format', 'json']);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      const [first] = findings(result);
      expect(first).toMatchObject({ code: c.code, severity: 'error', file: c.file, line: c.line, column: c.column });
      if (c.message) expect(first!.message).toMatch(c.message);
    });
  }

  it('fails fast on an alias bomb ("billion laughs")', async () => {
    // fully expanded this file holds 9^9 (387 million) strings
    const result = await runCli(['validate', 'broken/alias-bomb.yaml', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    // a couple of seconds, or a few clean runs' worth when the machine is busy
    expect(result.ms).toBeLessThan(Math.max(3000, 4 * (await baselineMs())));
    expect(findings(result)).toEqual([
      expect.objectContaining({ code: 'yaml/alias-limit', line: 2, column: 8 }),
    ]);
  });

  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it('refuses a 10 MB file quickly with yaml/too-large', async () => {
    const file = path.join(tmp.dir, 'huge.yaml');
    writeFileSync(file, `apiVersion: storepolicy/v1\nkind: Store\n# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    const result = await runCli(['validate', 'huge.yaml', '--format', 'json'], { cwd: tmp.dir });
    expect(result.code, result.stderr).toBe(1);
    expect(result.ms).toBeLessThan(Math.max(5000, 4 * (await baselineMs())));
    const [first, ...rest] = findings(result);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ code: 'yaml/too-large', file: 'huge.yaml', line: 1, column: 1 });
    expect(first!.message).toBe('The file is 10.0 MB, above the 4.0 MB limit for a policy file.');
  });

  it('honours --max-file-size', async () => {
    const file = path.join(tmp.dir, 'small.yaml');
    writeFileSync(file, `a: ${'x'.repeat(2000)}\n`);
    const result = await runCli(['validate', 'small.yaml', '--format', 'json', '--max-file-size', '1000'], { cwd: tmp.dir });
    expect(findings(result).map((d) => d.code)).toEqual(['yaml/too-large']);
  });

  it('rejects a GBK (not UTF-8) file with yaml/encoding at the first bad byte', async () => {
    // "名称" in GBK is C3 FB B3 C6: not valid UTF-8
    const bytes = Buffer.concat([
      Buffer.from('apiVersion: storepolicy/v1\nkind: Store\nmetadata:\n  store: demo\n  name: '),
      Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]),
      Buffer.from('\n'),
    ]);
    writeFileSync(path.join(tmp.dir, 'gbk.yaml'), bytes);
    const result = await runCli(['validate', 'gbk.yaml', '--format', 'json'], { cwd: tmp.dir });
    // SPEC section 7: an unreadable encoding is an input error (exit 2), still reported as a finding.
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const [first] = findings(result);
    expect(first).toMatchObject({ code: 'yaml/encoding', line: 5, column: 9 });
    expect(first!.message).toMatch(/not UTF-8.*GB18030\/GBK/);
  });

  it('accepts a UTF-8 BOM', async () => {
    const clean = path.join(tmp.dir, 'bom');
    mkdirSync(clean);
    for (const name of ['store.yaml', 'member-tiers.yaml', 'compliance.yaml']) {
      const text = readFileSync(path.join(FIXTURES, 'clean', name), 'utf8').replace('../../../../../../policies/_base/', '../_base/');
      writeFileSync(path.join(clean, name), `\ufeff${text}`);
    }
    // the law baseline every store extends (compliance/no-baseline), next to the store as in policies/
    mkdirSync(path.join(tmp.dir, '_base'), { recursive: true });
    cpSync(path.join(FIXTURES, '../../../../../policies/_base/cn-regulations.yaml'), path.join(tmp.dir, '_base', 'cn-regulations.yaml'));
    const result = await runCli(['validate', 'bom', '--format', 'json'], { cwd: tmp.dir });
    expect(findings(result)).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });
});
