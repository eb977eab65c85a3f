// POST /api/listing-file: a dropped CSV/NDJSON export, checked by `check
// listing`'s own reader and row checker. The answers are compared with what
// the command itself says about the same file, and hostile bodies are refused
// with a status and a reason, never a crash.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/serve/app.js';
import { FILE_LIMIT } from '../../src/serve/bodies.js';
import { runInProcess } from '../helpers/in-process.js';
import { consoleApp, copyPolicies, repoRoot } from './fixture.js';

let copy: ReturnType<typeof copyPolicies>;
let api: ReturnType<typeof consoleApp>;

beforeAll(() => {
  copy = copyPolicies();
  api = consoleApp(copy.dir);
});
afterAll(() => copy.cleanup());

const json = async (response: Response) => (await response.json()) as Record<string, any>;
const upload = (body: Record<string, unknown>) => api.request('/api/listing-file', { body });
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const demo = (file: string) => readFileSync(path.join(repoRoot, 'policies', file));

/** Every finding as `code@line:column`, from the API answer and from `check listing --format json`. */
const located = (answer: Record<string, any>) =>
  (answer.rows as { findings: { code: string; line: number; column: number }[] }[]).flatMap((r) => r.findings.map((f) => `${f.code}@${f.line}:${f.column}`)).sort();

async function cliFindings(file: string, store: string, extra: string[] = []): Promise<string[]> {
  const result = await runInProcess(['check', 'listing', file, '--store', store, '--format', 'json', ...extra], { cwd: repoRoot });
  const report = JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; line: number; column: number }[] };
  return report.diagnostics.filter((d) => d.file === file).map((d) => `${d.code}@${d.line}:${d.column}`).sort();
}

describe('console API: a dropped export', () => {
  it('a GB18030 CSV (the seller tool\'s Chinese headers): the same findings at the same lines and columns as check listing', async () => {
    const res = await upload({ store: 'demo-apparel', file: 'catalog-export.csv', encoding: 'gb18030', content: b64(demo('demo-apparel/catalog-export.csv')), lang: 'zh' });
    expect(res.status).toBe(200);
    const answer = await json(res);
    expect(answer.format).toBe('csv');
    expect(answer.listings).toBeGreaterThan(0);
    expect(answer.rows.length).toBeGreaterThan(0);
    const cli = await cliFindings('policies/demo-apparel/catalog-export.csv', 'policies/demo-apparel', ['--encoding', 'gb18030']);
    expect(located(answer)).toEqual(cli);
    // a banned term: the excerpt marks exactly the matched characters; the message is Chinese and cites the law
    const banned = answer.rows.flatMap((r: any) => r.findings).find((f: any) => f.code === 'listing/banned-term');
    expect(banned.excerpt.text.slice(banned.excerpt.start, banned.excerpt.end)).toMatch(/\S/);
    expect(banned.message).toMatch(/广告法/);
    expect(banned.docs).toBe('docs/rules/listing/banned-term.md');
  });

  it('NDJSON: the same findings as check listing, each row with its SKU, the matched text marked', async () => {
    const res = await upload({ store: 'demo-food', file: 'listings.ndjson', content: b64(demo('demo-food/listings.ndjson')) });
    expect(res.status).toBe(200);
    const answer = await json(res);
    expect(answer.format).toBe('ndjson');
    const cli = await cliFindings('policies/demo-food/listings.ndjson', 'policies/demo-food');
    expect(located(answer)).toEqual(cli);
    const nut2 = answer.rows.find((r: any) => r.sku === 'NUT-002');
    const diet = nut2.findings.find((f: any) => f.code === 'listing/claim' && f.field === 'title');
    expect(diet.excerpt.text.slice(diet.excerpt.start, diet.excerpt.end)).toBe('减肥');
    expect(diet.message).toContain('食品安全法');
  });

  it('a line that is not JSON is a located listing/input finding, and the other rows are still checked', async () => {
    const text = '{"sku":"A-1","title":"坚果 全网第一","category":"nuts","price":9.9}\n{"sku":"A-2", "title": oops}\n';
    const answer = await json(await upload({ store: 'demo-food', file: 'broken.ndjson', content: b64(text) }));
    expect(answer.listings).toBe(2);
    expect(answer.unreadable).toBe(1);
    const bad = answer.rows.find((r: any) => r.line === 2);
    expect(bad.findings[0]).toMatchObject({ code: 'listing/input', line: 2 });
    expect(bad.findings[0].message).toContain('not valid JSON');
    expect(answer.rows.find((r: any) => r.sku === 'A-1').findings.some((f: any) => f.code === 'listing/banned-term')).toBe(true);
  });

  it('a CSV without the columns a listing needs: 422 naming the file and the columns it has', async () => {
    const res = await upload({ store: 'demo-apparel', file: 'x.csv', content: b64('sku,colour\nA-1,red\n') });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toMatch(/^x\.csv: no column maps to .*\(columns: sku, colour\)/);
  });

  it('a CSV column nobody reads is named at its header', async () => {
    const answer = await json(await upload({ store: 'demo-apparel', file: 'x.csv', content: b64('sku,title,category,price,colour\nA-1,连衣裙,dresses,99,red\n') }));
    expect(answer.notChecked).toEqual([{ header: 'colour', line: 1, column: 26 }]);
  });
});

describe('console API: hostile dropped files', () => {
  it('a GBK file sent as UTF-8: 422 naming the line of the first bad byte and the encoding to pick', async () => {
    const res = await upload({ store: 'demo-apparel', file: 'catalog-export.csv', content: b64(demo('demo-apparel/catalog-export.csv')) });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toMatch(/catalog-export\.csv: not valid UTF-8 \(line 1\).*gb18030/);
  });

  it('binary content (an .xlsx, which is a zip; an image): 422, never read as text', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(64, 7)]);
    const res = await upload({ store: 'demo-apparel', file: 'export.csv', content: b64(zip) });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toMatch(/binary file \(a zero byte at offset 5\).*xlsx/);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const asNdjson = await upload({ store: 'demo-food', file: 'x.ndjson', content: b64(png) });
    expect(asNdjson.status).toBe(422);
  });

  it('a file over the limit: 400 from the schema inside the body limit, 413 beyond it', async () => {
    const big = Buffer.alloc(FILE_LIMIT + 3, 0x61);
    const over = await upload({ store: 'demo-apparel', file: 'big.csv', content: b64(big) });
    expect(over.status).toBe(400);
    expect((await json(over)).error).toMatch(/^content: a file of at most 2 MB/);
    const huge = await api.request('/api/listing-file', { raw: JSON.stringify({ store: 'demo-apparel', file: 'a.csv', content: 'A'.repeat(BODY_LIMIT) }), headers: { 'content-type': 'application/json' } });
    expect(huge.status).toBe(413);
  });

  it('bodies that are not what the endpoint takes: 400 naming the field; a form post: 415', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ store: 'demo-apparel', file: 'a.csv', content: 'not base64!' }, /^content: /],
      [{ store: 'demo-apparel', file: '../../etc/passwd.csv', content: '' }, /^file: /],
      [{ store: 'demo-apparel', file: 'a.exe', content: '' }, /^file: /],
      [{ store: 'demo-apparel', file: 'a.csv', content: '', encoding: 'utf16' }, /^encoding: /],
      [{ store: 'demo-apparel', file: 'a.csv', content: '', path: '/etc/passwd' }, /path/],
      [{ store: '../x', file: 'a.csv', content: '' }, /^store: /],
    ];
    for (const [body, error] of cases) {
      const res = await upload(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await json(res)).error).toMatch(error);
    }
    const form = await api.request('/api/listing-file', { raw: 'store=demo-apparel', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
  });

  it('an empty file: 422 saying so', async () => {
    const res = await upload({ store: 'demo-apparel', file: 'empty.csv', content: '' });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toContain('empty');
  });
});
