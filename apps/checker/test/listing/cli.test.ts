import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, run, STORE } from './run.js';

describe('check listing: exit codes and streams', () => {
  it('exit 0 for honest listings, 1 for findings at or above --fail-on', async () => {
    const honest = await run(['check', 'listing', 'store/listings/honest-dress.yaml']);
    expect(honest.code).toBe(0);
    expect(honest.stdout).toBe('1 listing in 1 file, 0 failing: 0 errors, 0 warnings, 0 infos\n');
    const spam = await run(['check', 'listing', 'store/listings/spam-dress.yaml']);
    expect(spam.code).toBe(1);
    const tolerated = await run(['check', 'listing', 'store/listings/spam-dress.yaml', '--fail-on', 'never']);
    expect(tolerated.code).toBe(0);
  });

  it('warnings fail the run only with --fail-on warning', async () => {
    const input = '{"sku":"M-1","title":"陶瓷马克杯","category":"mugs","price":39}\n';
    const byDefault = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson'], { stdin: input });
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain('"ok":true');
    const strict = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--fail-on', 'warning'], { stdin: input });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('"ok":false');
  });

  it.each([
    [['nope.ndjson', '--store', STORE], 'storepolicy: nope.ndjson: no such file or directory\n'],
    [['mixed.ndjson', '--store', STORE, '--encoding', 'latin1'], 'storepolicy: --encoding latin1: unknown encoding; use utf8, gb18030 or gbk\n'],
    [['mixed.ndjson', '--store', 'no-such-store'], 'storepolicy: --store no-such-store: no such directory\n'],
    [['mixed.ndjson'], "storepolicy: which store's policies apply? add --store <dir>, e.g. --store policies/demo-apparel\n"],
    [['mixed.ndjson', '--store', STORE, '--jobs', 'many'], 'storepolicy: --jobs many: expected a whole number of threads from 0 to 64\n'],
    [['notes.txt', '--store', STORE], 'storepolicy: notes.txt: cannot tell the format from ".txt"; name it .csv, .ndjson/.jsonl or .yaml\n'],
    [['store/store.yaml', '--store', STORE], 'storepolicy: store/store.yaml: holds a Store, not a Listing; check listings only\n'],
  ])('usage errors exit 2 with one line: %j', async (args, message) => {
    const result = await run(['check', 'listing', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('on a pipe, stderr stays empty (no progress bar) and stdout holds only results', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ sku: `P-${i}`, title: '马克杯', category: 'mugs', price: 9 })).join('\n');
    const result = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--jobs', '2'], { stdin: rows });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('{"row":'))).toBe(true);
  });

  it('YAML listings are located to the characters of the offending text', async () => {
    const result = await run(['check', 'listing', 'store/listings', '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { summary: { files: number; errors: number }; diagnostics: { code: string; file: string; line: number; column: number; endColumn: number }[] };
    expect(body.summary).toMatchObject({ files: 2, errors: 2 });
    expect(body.diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.endColumn])).toEqual([
      ['listing/banned-term', 'store/listings/spam-dress.yaml', 6, 12, 14],
      ['listing/contact-info', 'store/listings/spam-dress.yaml', 6, 21, 32],
    ]);
  });

  it('--summary prints the per-rule table only; with ndjson the table goes to stderr', async () => {
    const pretty = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--summary']);
    expect(pretty.stdout).not.toContain('DRS-002');
    expect(pretty.stdout).toMatch(/^rule +errors +warnings +infos\n/);
    const ndjson = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--summary', '--format', 'ndjson']);
    expect(ndjson.stdout.split('\n').filter(Boolean)).toHaveLength(8);
    expect(ndjson.stderr).toMatch(/listing\/input +4 +0 +0\n/);
  });

  it('--output writes the ndjson result to a file and nothing to stdout', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'listing-out-')), 'result.ndjson');
    const result = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--format', 'ndjson', '--output', out]);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(8);
  });
});

describe('check listing: progress on a terminal', () => {
  const hasScript = existsSync('/usr/bin/script');
  it.skipIf(!hasScript)('draws a progress bar on stderr when it is a terminal, and clears it at the end', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'listing-tty-'));
    const input = path.join(dir, 'in.ndjson');
    const rows = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ sku: `T-${i}`, title: '陶瓷马克杯', category: 'mugs', price: 39 }));
    writeFileSync(input, `${rows.join('\n')}\n`);
    const out = path.join(dir, 'out.ndjson');
    const command = [process.execPath, CLI, 'check', 'listing', input, '--store', path.join(FIXTURES, STORE), '--format', 'ndjson', '--output', out]
      .map((a) => `'${a}'`)
      .join(' ');
    // script(1) runs the command on a pseudo-terminal, as a user's shell would
    const result = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\[#*-*\] +\d+% [\d,]+ listings checked, [\d,]+\/s/);
    expect(result.stdout.endsWith('\r\x1b[K')).toBe(true);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(30_000);
  });
});
