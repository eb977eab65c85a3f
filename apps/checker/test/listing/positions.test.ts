import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { CLI } from './run.js';

// Bulk findings in the report formats point at the offending characters in
// the input file: line and column (UTF-16 code units of the decoded text,
// end exclusive) in the GB18030 demo export and in NDJSON, through quotes,
// escapes, multi-line fields and whole Listing documents.
const ROOT = path.resolve(CLI, '../../../..');
const DEMO_CSV = 'policies/demo-apparel/catalog-export.csv';
const DEMO_NDJSON = 'policies/demo-food/listings.ndjson';

async function check(args: string[]) {
  return runInProcess(['check', 'listing', ...args], { cwd: ROOT });
}

interface JsonDiagnostic {
  code: string;
  pointer: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

type Row = [code: string, pointer: string, line: number, column: number, endLine: number, endColumn: number, text: string];

/** The characters of the decoded file between two positions. */
function textAt(source: string, d: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = source.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return source.slice(offset(d.line, d.column), offset(d.endLine, d.endColumn));
}

function rows(stdout: string, source: string): Row[] {
  const body = JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] };
  return body.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column, d.endLine, d.endColumn, textAt(source, d)]);
}

const DEMO_CSV_ROWS: Row[] = [
  ['listing/banned-term', '/title', 4, 1, 4, 6, '全网最低价'],
  ['listing/banned-term', '/title', 4, 15, 4, 17, '顶级'],
  ['listing/banned-term', '/title', 4, 20, 4, 24, 'NO.1'],
  ['listing/reference-price', '/reference_price', 4, 52, 4, 58, '599.00'],
  ['listing/review-inducement', '/description', 4, 69, 4, 73, '好评返现'],
  ['listing/contact-info', '/description', 4, 84, 4, 99, '加V：gardenia_vip'],
  ['listing/banned-term', '/attributes/卖点', 4, 114, 4, 118, '史无前例'],
  ['listing/images', '/images', 4, 122, 4, 162, 'https://img.example.com/drs-002/main.jpg'],
  ['listing/images', '/images/0', 4, 122, 4, 162, 'https://img.example.com/drs-002/main.jpg'],
  ['listing/insert', '/inserts/0', 4, 185, 4, 190, '好评返现卡'],
  ['listing/review-inducement', '/inserts/0', 4, 185, 4, 189, '好评返现'],
  ['listing/contact-info', '/description', 6, 59, 6, 70, '13812345678'],
  ['listing/ship-promise', '/ship_within_hours', 6, 289, 6, 294, '72小时内'],
  ['listing/size-chart', '/size_chart', 7, 284, 7, 285, '否'],
  ['listing/claim', '/title', 9, 10, 9, 12, '治疗'],
  ['listing/claim', '/description', 9, 58, 9, 60, '消炎'],
  ['listing/return-promise', '/after_sales/seven_day_return', 10, 271, 10, 274, '不支持'],
  ['listing/input', '/ship_within_hours', 13, 273, 13, 275, '两天'],
  // the last record has no 商家编码: the finding is about the row, at its start
  ['listing/input', '/sku', 14, 1, 14, 1, ''],
];

describe('check listing: bulk findings at their characters in the file', () => {
  const demoSource = new TextDecoder('gb18030').decode(readFileSync(path.join(ROOT, DEMO_CSV)));

  it('json: the GB18030 demo export, columns counted in decoded characters', async () => {
    const result = await check([DEMO_CSV, '--encoding', 'gb18030', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(rows(result.stdout, demoSource)).toEqual(DEMO_CSV_ROWS);
  });

  it('sarif: the same regions (utf16CodeUnits), on the same file', async () => {
    const result = await check([DEMO_CSV, '--encoding', 'gb18030', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const run = (JSON.parse(result.stdout) as { runs: { columnKind: string; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] }).runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return [r.ruleId, artifactLocation.uri, region.startLine, region.startColumn, region.endLine, region.endColumn];
    })).toEqual(DEMO_CSV_ROWS.map(([code, , line, column, endLine, endColumn]) => [code, DEMO_CSV, line, column, endLine, endColumn]));
  });

  it('github: annotations carry the same line, col, endLine and endColumn', async () => {
    const result = await check([DEMO_CSV, '--encoding', 'gb18030', '--format', 'github']);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^::error file=policies\/demo-apparel\/catalog-export.csv,line=4,col=1,endLine=4,endColumn=6,title=listing\/banned-term DRS-002::/,
    );
  });

  it('json: a JSON syntax error at the character V8 names', async () => {
    const lines = ['{"sku":"J-1","title":"坚果","category":"snacks",,"price":1}', '{"sku":"J-2" "title":"x"}'];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'positions-')), 'syntax.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const found = rows((await check([file, '--store', 'policies/demo-food', '--format', 'json'])).stdout, `${lines.join('\n')}\n`);
    expect(found).toEqual([
      ['listing/input', '', 1, 47, 1, 48, ','],
      ['listing/input', '', 2, 14, 2, 15, '"'],
    ]);
  });

  it('json and sarif name the row and SKU; two rows with the same finding are two SARIF alerts', async () => {
    const lines = [
      '{"sku":"R-1","title":"全网最低 坚果","category":"snacks","price":1}',
      '{"sku":"R-2","title":"全网最低 坚果","category":"snacks","price":1}',
      '{"title":"全网最低 坚果","category":"snacks","price":1}',
    ];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'positions-')), 'same.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const json = JSON.parse((await check([file, '--store', 'policies/demo-food', '--format', 'json'])).stdout) as {
      diagnostics: { code: string; row?: number; sku?: string }[];
    };
    const banned = json.diagnostics.filter((d) => d.code === 'listing/banned-term');
    expect(banned.map((d) => [d.row, d.sku])).toEqual([[1, 'R-1'], [2, 'R-2']]);
    // the row without a SKU is an input error, still named by its row
    expect(json.diagnostics.filter((d) => d.code === 'listing/input').map((d) => [d.row, d.sku])).toEqual([[3, undefined]]);
    const sarif = JSON.parse((await check([file, '--store', 'policies/demo-food', '--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; properties: { sku?: string } }[] }[];
    };
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId === 'listing/banned-term');
    expect(results.map((r) => r.properties.sku)).toEqual(['R-1', 'R-2']);
    expect(new Set(results.map((r) => r.partialFingerprints['storepolicyFinding/v1'])).size).toBe(2);
  });

  it('json: the demo NDJSON, spans inside strings, whole values without one, a line cut short at its end', async () => {
    const result = await check([DEMO_NDJSON, '--format', 'json']);
    expect(result.code).toBe(1);
    const source = readFileSync(path.join(ROOT, DEMO_NDJSON), 'utf8');
    const all = rows(result.stdout, source);
    // phone and QQ numbers: each at its characters (which numbers count is contact-info's own test)
    const contacts = all.filter(([code]) => code === 'listing/contact-info');
    expect(contacts.map(([, pointer, line]) => [pointer, line])).toContainEqual(['/description', 5]);
    expect(contacts).toContainEqual(['listing/contact-info', '/description', 5, 123, 5, 134, 'QQ 12345678']);
    for (const [, , , , , , text] of contacts) expect(text).toMatch(/\d{5,}/);
    expect(all.filter(([code]) => code !== 'listing/contact-info')).toEqual([
      ['listing/claim', '/title', 2, 36, 2, 38, '减肥'],
      ['listing/claim', '/title', 2, 41, 2, 46, '增强免疫力'],
      ['listing/review-inducement', '/description', 2, 110, 2, 115, '五星好评送'],
      ['listing/qualification', '/category', 4, 57, 4, 63, '"nuts"'],
      ['listing/qualification', '/qualifications/sc', 5, 462, 5, 473, '"SC1183301"'],
      // row 7 is cut short: the report points just past its last character
      ['listing/input', '', 7, 66, 7, 67, '\n'],
      ['listing/claim', '/title', 8, 37, 8, 39, '治疗'],
      ['listing/claim', '/title', 8, 43, 8, 46, '降血糖'],
      ['listing/claim', '/description', 8, 106, 8, 119, '"三个月见效，药到病除。"'],
      ['listing/claim', '/description', 8, 113, 8, 117, '药到病除'],
      expect.arrayContaining(['listing/images', '/images', 8, 129, 8, 277]),
      ['listing/reference-price', '/reference_price', 10, 99, 10, 102, '398'],
      ['listing/input', '/price', 11, 65, 11, 73, '"39.999"'],
    ]);
  });

  it('json and sarif: NDJSON escapes, nested attributes, arrays and whole Listing documents', async () => {
    const lines = [
      '{"sku":"E-1","title":"\\u5168\\u7f51\\"最好\\"","category":"nuts","price":1}',
      '{"sku":"E-2","title":"坚果","category":"nuts","price":1,"attributes":{"产地":"浙江","卖点":"第一行\\n国家级"}}',
      '{"sku":"E-3","title":"坚果","category":"nuts","price":1,"inserts":["感谢卡","好评返现卡"]}',
      '{"apiVersion":"storepolicy/v1","kind":"Listing","metadata":{"store":"demo-food","name":"e-4"},"spec":{"sku":"E-4","title":"史无前例 坚果","category":"nuts","price":1}}',
      '{"sku":"E-5","title":"\\u6700\\u597d 坚果","category":"nuts","price":1}',
    ];
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'positions-')), 'escapes.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await check([file, '--store', 'policies/demo-food', '--format', 'json']);
    const found = rows(result.stdout, `${lines.join('\n')}\n`).filter(([code]) => code !== 'listing/qualification' && code !== 'listing/images');
    expect(found).toEqual([
      // after \uXXXX and \" escapes
      ['listing/banned-term', '/title', 1, 37, 1, 39, '最好'],
      // after a \n escape, in a nested object
      ['listing/banned-term', '/attributes/卖点', 2, 85, 2, 87, '第一'],
      ['listing/banned-term', '/attributes/卖点', 2, 90, 2, 93, '国家级'],
      // an array element: without a span, the whole string token
      ['listing/insert', '/inserts/1', 3, 72, 3, 79, '"好评返现卡"'],
      ['listing/review-inducement', '/inserts/1', 3, 73, 3, 77, '好评返现'],
      // a whole Listing document: the pointer is under spec
      ['listing/banned-term', '/title', 4, 124, 4, 128, '史无前例'],
      // the banned term written as escapes
      ['listing/banned-term', '/title', 5, 23, 5, 35, '\\u6700\\u597d'],
    ]);
    const sarif = await check([file, '--store', 'policies/demo-food', '--format', 'sarif']);
    const regions = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[] }).runs[0]!.results
      .filter((r) => r.ruleId === 'listing/banned-term')
      .map((r) => r.locations[0]!.physicalLocation.region);
    expect(regions).toEqual([
      { startLine: 1, startColumn: 37, endLine: 1, endColumn: 39 },
      { startLine: 2, startColumn: 85, endLine: 2, endColumn: 87 },
      { startLine: 2, startColumn: 90, endLine: 2, endColumn: 93 },
      { startLine: 4, startColumn: 124, endLine: 4, endColumn: 128 },
      { startLine: 5, startColumn: 23, endLine: 5, endColumn: 35 },
    ]);
  });

  it('json: a CRLF export with a BOM and a quoted description over two lines, and the record after it', async () => {
    const csv = [
      '\uFEFF宝贝名称,商家编码,店铺类目,宝贝价格,宝贝描述',
      '碎花连衣裙,DRS-7,dresses,199,"面料：""雪纺""',
      '有问题请加V：shop888 咨询"',
      '"连衣裙 ""顶级"" 款",DRS-8,dresses,199,纯棉',
    ].join('\r\n');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'positions-')), 'crlf.csv');
    writeFileSync(file, `${csv}\r\n`);
    const result = await check([file, '--store', 'policies/demo-apparel', '--format', 'json']);
    const source = `${csv}\r\n`.slice(1);
    const found = rows(result.stdout, source).filter(([code]) => code === 'listing/contact-info' || code === 'listing/banned-term');
    expect(found).toEqual([
      // line 2 of the record's description (csv-parse would count its CRLF twice)
      ['listing/contact-info', '/description', 3, 5, 3, 15, '加V：shop888'],
      // inside quotes, after "" escapes
      ['listing/banned-term', '/title', 4, 8, 4, 10, '顶级'],
    ]);
  });
});
