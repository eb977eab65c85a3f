import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "CSV columns never read" (issue 9, hole 6): a column outside
// the built-in map (宝贝详情, a seller's own 卖家备注) was ignored without a
// word, so the text in it was never checked.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
  repo.write('in/detail.csv', '商家编码,宝贝标题,类目,价格,尺码表,宝贝详情\nD-1,纯棉连衣裙,dresses,99,是,<p>全网最低价</p>\n');
  repo.write('in/notes.csv', '商家编码,宝贝标题,类目,价格,尺码表,宝贝数量,卖家备注\nD-2,纯棉连衣裙,dresses,99,是,10,全网最低价\n');
});
afterAll(() => repo.cleanup());

const check = (file: string, ...flags: string[]) => repo.run(['check', 'listing', file, '--store', 'policies/demo-apparel', ...flags]);

describe('fail closed: every CSV column is read, or named as not checked', () => {
  it('宝贝详情 (the Taobao description column) is scanned: a banned term in it fails the row', async () => {
    const result = await check('in/detail.csv', '--format', 'json');
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/banned-term').map((f) => [f.pointer, f.line, f.column])).toEqual([
      ['/description', 2, 27],
    ]);
  });

  it('an unknown column is a warning at its header, and the summary names it as not checked', async () => {
    const json = await check('in/notes.csv', '--format', 'json');
    expect(findings(json).filter((f) => f.code === 'listing/unchecked-column').map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ['warning', 1, 26, 'Column "卖家备注" maps to no listing field: its cells are not checked.'],
    ]);
    const pretty = await check('in/notes.csv');
    expect(pretty.stdout).toContain('not checked: in/notes.csv: 卖家备注\n');
  });

  it('--strict-columns makes it an error and the run fails', async () => {
    const result = await check('in/notes.csv', '--format', 'json', '--strict-columns');
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/unchecked-column').map((f) => f.severity)).toEqual(['error']);
  });

  it('pipe mode keeps one line per row on stdout and names the column on stderr; --strict-columns exits 1', async () => {
    const result = await check('in/notes.csv', '--format', 'ndjson', '--strict-columns');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('listing/unchecked-column');
    expect(result.code).toBe(1);
  });

  it('mapping the column makes its text checked', async () => {
    const result = await check('in/notes.csv', '--format', 'json', '--columns', '卖家备注=attributes.卖家备注');
    const found = findings(result);
    expect(found.map((f) => f.code)).not.toContain('listing/unchecked-column');
    expect(found.filter((f) => f.code === 'listing/banned-term').map((f) => f.pointer)).toEqual(['/attributes/卖家备注']);
  });
});
