import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, FIXTURES, ndjsonLines, run, STORE } from './run.js';

const MIXED = readFileSync(path.join(FIXTURES, 'mixed.ndjson'), 'utf8');

describe('check listing: NDJSON', () => {
  it('writes exactly one result line per input line, in input order, bad lines included', async () => {
    const result = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--format', 'ndjson']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = ndjsonLines(result.stdout);
    expect(lines).toHaveLength(MIXED.trimEnd().split('\n').length);
    expect(lines.map((l) => l.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lines.map((l) => [l.sku, l.ok])).toEqual([
      ['DRS-001', true],
      ['DRS-002', false],
      [undefined, false],
      ['DRS-004', false],
      [undefined, true],
      [undefined, false],
      [undefined, false],
      ['SNK-001', false],
    ]);
    expect(codes(lines[1]!)).toEqual([
      'listing/banned-term',
      'listing/contact-info',
      'listing/contact-info',
      'listing/images',
      'listing/reference-price',
      'listing/review-inducement',
    ]);
    expect(lines[2]!.findings).toEqual([
      { code: 'listing/input', severity: 'error', message: 'Row 3 is not valid JSON: the text in quotes is not closed with a double quote.', field: '' },
    ]);
    expect(lines[3]!.findings[0]).toMatchObject({ code: 'listing/input', field: 'price', message: 'Row 4: price "12.345" is not an amount in yuan with at most two decimals.' });
    expect(lines[4]).toEqual({ row: 5, ok: true, empty: true, findings: [] });
    expect(lines[5]!.findings[0]!.message).toBe('Row 6 is a JSON array, not an object with the listing fields.');
    expect(lines[6]!.findings[0]).toMatchObject({ field: 'sku', message: 'Row 7: required field sku is missing or empty, so the listing cannot be checked.' });
    // a whole Listing document per line is checked by its spec
    expect(lines[7]!.findings[0]).toMatchObject({ code: 'listing/claim', field: 'title', start: 6, end: 11 });
  });

  it('messages follow --lang', async () => {
    const result = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--format', 'ndjson', '--lang', 'zh']);
    expect(ndjsonLines(result.stdout)[6]!.findings[0]!.message).toBe('第 7 行：缺少必填字段 sku，无法检查该商品。');
  });

  it('"-" reads NDJSON on stdin with the same result as the file', async () => {
    const fromFile = await run(['check', 'listing', 'mixed.ndjson', '--store', STORE, '--format', 'ndjson']);
    const fromStdin = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson'], { stdin: MIXED });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('a last line without a newline and CRLF line ends still give one result each', async () => {
    const input = '{"sku":"A-1","title":"纯棉T恤","category":"mugs","price":9}\r\n{"sku":"A-2","title":"最佳马克杯","category":"mugs","price":9}';
    const result = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--fail-on', 'never'], { stdin: input });
    expect(result.code).toBe(0);
    const lines = ndjsonLines(result.stdout);
    expect(lines.map((l) => [l.row, l.sku, l.findings.filter((f) => f.code === 'listing/banned-term').length])).toEqual([
      [1, 'A-1', 0],
      [2, 'A-2', 1],
    ]);
  });

  it('threads change nothing: 30,000 rows give the same lines, in order, with 0, 1 and 2 threads', async () => {
    const rows: string[] = [];
    for (let i = 1; i <= 30_000; i++) {
      if (i % 997 === 0) rows.push('{"sku": broken');
      else rows.push(JSON.stringify({ sku: `SKU-${i}`, title: i % 7 === 0 ? `全网最低 连衣裙 ${i}` : `碎花连衣裙 ${i}`, category: 'dresses', price: 99, size_chart: true }));
    }
    const stdin = `${rows.join('\n')}\n`;
    const outputs = await Promise.all(
      ['0', '1', '2'].map((jobs) => run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--jobs', jobs], { stdin })),
    );
    for (const output of outputs) expect(output.stderr).toBe('');
    expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
    expect(outputs[2]!.stdout).toBe(outputs[0]!.stdout);
    const lines = ndjsonLines(outputs[2]!.stdout);
    expect(lines).toHaveLength(30_000);
    expect(lines.every((line, i) => line.row === i + 1)).toBe(true);
    expect(lines[996]!.findings[0]!.code).toBe('listing/input');
    expect(lines[6]!.sku).toBe('SKU-7');
    expect(lines[6]!.findings.map((f) => [f.code, f.start, f.end])).toContainEqual(['listing/banned-term', 0, 4]);
  });
});

describe('check listing: NDJSON that is not clean UTF-8', () => {
  it('a line in GBK is reported as an encoding error in its place; the other lines are checked', async () => {
    const gbkTitle = Buffer.from([0xd7, 0xee, 0xba, 0xc3]); // 最好 in GBK
    const stdin = Buffer.concat([
      Buffer.from('{"sku":"U-1","title":"最好","category":"mugs","price":1}\n{"sku":"U-2","title":"'),
      gbkTitle,
      Buffer.from('","category":"mugs","price":1}\n{"sku":"U-3","title":"陶瓷杯","category":"mugs","price":1}\n'),
    ]);
    const result = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson'], { stdin });
    const lines = ndjsonLines(result.stdout);
    expect(lines.map((l) => [l.row, l.sku, l.findings.map((f) => f.code).filter((c) => c !== 'listing/images')])).toEqual([
      [1, 'U-1', ['listing/banned-term']],
      [2, undefined, ['listing/input']],
      [3, 'U-3', []],
    ]);
    expect(lines[1]!.findings[0]!.message).toBe('Row 2 is not valid utf-8 text, so it cannot be read.');
  });

  it('with --encoding gb18030 the same GBK bytes are read and checked', async () => {
    const stdin = Buffer.concat([Buffer.from('{"sku":"U-2","title":"'), Buffer.from([0xd7, 0xee, 0xba, 0xc3]), Buffer.from('","category":"mugs","price":1}\n')]);
    const result = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--encoding', 'gb18030'], { stdin });
    expect(ndjsonLines(result.stdout)[0]!.findings[0]).toMatchObject({ code: 'listing/banned-term', field: 'title', start: 0, end: 2 });
  });
});

describe('check listing: a runaway line', () => {
  it('a line over 16 MB is reported in its place without being read; the lines around it are checked', async () => {
    const huge = `{"sku":"H-1","title":"${'长'.repeat(6 * 1024 * 1024)}"}`; // 18 MiB in UTF-8
    const stdin = `{"sku":"A-1","title":"最好","category":"mugs","price":1}\n${huge}\n{"sku":"A-3","title":"陶瓷杯","category":"mugs","price":1}\n`;
    const result = await run(['check', 'listing', '-', '--store', STORE, '--format', 'ndjson', '--jobs', '1'], { stdin });
    const lines = ndjsonLines(result.stdout);
    expect(lines.map((l) => [l.row, l.sku])).toEqual([
      [1, 'A-1'],
      [2, undefined],
      [3, 'A-3'],
    ]);
    expect(lines[1]!.findings).toEqual([
      { code: 'listing/input', severity: 'error', message: `Row 2 is ${Buffer.byteLength(huge)} bytes long, above the limit of 16777216 bytes per line, so it was not read.`, field: '' },
    ]);
  });
});
