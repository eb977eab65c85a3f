import { describe, expect, it } from 'vitest';
import { codes, ndjsonLines, run, STORE } from './run.js';

// One export, three encodings: Taobao seller-tool headers (宝贝名称, 宝贝价格,
// 商家编码...), a quoted field spanning two lines, a ¥ price, a record with
// the wrong number of fields, and values the reader must refuse.
const EXPORTS = [
  ['UTF-8', 'taobao-export.utf8.csv', []],
  ['UTF-8 with BOM', 'taobao-export.bom.csv', []],
  ['GB18030', 'taobao-export.gb18030.csv', ['--encoding', 'gb18030']],
  ['GBK (decoded as GB18030)', 'taobao-export.gb18030.csv', ['--encoding', 'gbk']],
] as const;

describe('check listing: CSV exports with Chinese headers', () => {
  it.each(EXPORTS)('%s: every row is checked, bad rows are reported in place', async (_name, file, flags) => {
    const result = await run(['check', 'listing', file, '--store', STORE, '--format', 'ndjson', ...flags]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = ndjsonLines(result.stdout);
    expect(lines.map((l) => [l.row, l.sku, l.ok])).toEqual([
      [1, 'DRS-101', true],
      [2, 'DRS-102', false],
      [3, 'DRS-103', false],
      [4, undefined, false],
      [5, 'DRS-105', false],
    ]);
    // the honest row (a quoted description spanning two lines, ¥199.00, 48小时内) passes clean
    expect(lines[0]!.findings).toEqual([]);
    // 宝贝名称 -> title: the banned term is located to its characters
    const banned = lines[1]!.findings.filter((f) => f.code === 'listing/banned-term');
    expect(banned.map((f) => [f.field, f.start, f.end])).toEqual([
      ['title', 2, 4],
      ['title', 9, 11],
    ]);
    expect(codes(lines[1]!)).toEqual(
      expect.arrayContaining(['listing/contact-info', 'listing/review-inducement', 'listing/reference-price', 'listing/ship-promise', 'listing/insert']),
    );
    // 发货时间 "三天" is not hours; 59.9元 is read as a price
    expect(lines[2]!.findings).toEqual([
      expect.objectContaining({ code: 'listing/input', field: 'ship_within_hours', message: expect.stringContaining('发货时间 (ship_within_hours) "三天"') }),
    ]);
    expect(lines[3]!.findings).toEqual([expect.objectContaining({ code: 'listing/input', message: expect.stringContaining('Row 4 is not a readable CSV record') })]);
    expect(lines[4]!.findings).toEqual([
      expect.objectContaining({ code: 'listing/input', field: 'price', message: expect.stringContaining('宝贝价格 (price) "12.345"') }),
    ]);
  });

  it('a GB18030 export read as UTF-8 stops with exit 2 and names the fix', async () => {
    const result = await run(['check', 'listing', 'taobao-export.gb18030.csv', '--store', STORE, '--format', 'ndjson']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'storepolicy: taobao-export.gb18030.csv: not valid UTF-8 (line 1); exports from Chinese seller tools are often GB18030/GBK: add --encoding gb18030\n',
    );
  });

  it('bad bytes deep in a large export stop the run with their line, threads and all (no hang)', async () => {
    const rows = ['sku,title,category,price', ...Array.from({ length: 40_000 }, (_, i) => `A-${i},马克杯${i},mugs,9`)];
    const bytes = Buffer.concat([Buffer.from(`${rows.join('\n')}\n`), Buffer.from([0x42, 0x2c, 0xc2, 0xed, 0x0a])]);
    const file = await writeTemp('late-bad.csv', bytes);
    const result = await run(['check', 'listing', file, '--store', STORE, '--format', 'ndjson', '--jobs', '2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `storepolicy: ${file}: not valid UTF-8 (line 40002); exports from Chinese seller tools are often GB18030/GBK: add --encoding gb18030\n`,
    );
  });

  it('pretty output names the CSV line and record of each row, and ends with the per-rule summary', async () => {
    const result = await run(['check', 'listing', 'taobao-export.utf8.csv', '--store', STORE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('taobao-export.utf8.csv:4 (row 2) DRS-102\n');
    expect(result.stdout).toContain('    title | 全网最好的连衣裙 顶级面料\n                ^^^^\n');
    expect(result.stdout).toContain('taobao-export.utf8.csv:6 (row 4)\n  error listing/input Row 4 is not a readable CSV record');
    expect(result.stdout).toMatch(/listing\/banned-term +2 +0 +0\n/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('5 listings in 1 file (1 unreadable), 4 failing: 11 errors, 3 warnings, 0 infos');
  });

  it('json output locates each row finding at the line where its record starts', async () => {
    const result = await run(['check', 'listing', 'taobao-export.utf8.csv', '--store', STORE, '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { diagnostics: { code: string; line: number; pointer: string; file: string }[] };
    expect(body.diagnostics.filter((d) => d.code === 'listing/insert')).toEqual([
      expect.objectContaining({ file: 'taobao-export.utf8.csv', line: 4, pointer: '/inserts/0' }),
    ]);
  });

  it('--columns maps headers the built-in table does not know', async () => {
    const csv = '货品名,编码,售价,类别\n纯棉连衣裙 第一次穿就爱上,DRS-9,199,dresses\n国家级工艺 连衣裙,DRS-10,199,dresses\n';
    const file = await writeTemp('custom.csv', csv);
    const unmapped = await run(['check', 'listing', file, '--store', STORE, '--format', 'ndjson']);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain('no column maps to sku, title, category, price');
    const mapped = await run(['check', 'listing', file, '--store', STORE, '--format', 'ndjson', '--columns', '货品名=title,编码=sku,售价=price,类别=category']);
    const lines = ndjsonLines(mapped.stdout);
    // 第一次 is an allow-listed compound: no finding; 国家级 is banned
    expect(lines.map((l) => [l.sku, l.findings.filter((f) => f.code === 'listing/banned-term').map((f) => f.start)])).toEqual([
      ['DRS-9', []],
      ['DRS-10', [0]],
    ]);
  });

  it('a bad --columns field is a usage error', async () => {
    const result = await run(['check', 'listing', 'taobao-export.utf8.csv', '--store', STORE, '--columns', '宝贝名称=titel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^storepolicy: --columns: "titel" is not a listing field/);
  });
});

async function writeTemp(name: string, text: string | Buffer): Promise<string> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(tmpdir(), 'listing-csv-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}
