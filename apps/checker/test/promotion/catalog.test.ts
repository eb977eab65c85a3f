import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '../../src/catalog/index.js';
import { UsageError } from '../../src/exit.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-catalog-'));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

function issuesOf(run: () => unknown): CatalogError['issues'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).issues;
  }
  throw new Error('expected a CatalogError');
}

const HEADER = 'sku,name,category,list_price,cost\n';

describe('catalogue CSV', () => {
  it('parses yuan into integer fen and merges the sibling price history, oldest first', () => {
    const dir = folder({
      'catalog.csv': `\uFEFF${HEADER}DRS-001,"Floral dress, midi",dresses,199.00,80\r\nTOP-002,Tee,tops,59.9,19.99\r\n`,
      'price-history.csv':
        'sku,date,list_price,lowest_transaction_price\n' +
        'DRS-001,2026-11-04,199.00,189.00\n' +
        'DRS-001,2026-11-03,199.00,\n' +
        'GONE-1,2026-11-03,10,9\n',
    });
    const { items, files } = loadCatalog(path.join(dir, 'catalog.csv'));
    expect(files).toHaveLength(2);
    expect(items).toEqual([
      {
        sku: 'DRS-001',
        category: 'dresses',
        list: 19900,
        cost: 8000,
        history: [
          { date: '2026-11-03', list: 19900 },
          { date: '2026-11-04', list: 19900, transaction: 18900 },
        ],
      },
      { sku: 'TOP-002', category: 'tops', list: 5990, cost: 1999, history: [] },
    ]);
  });

  it('locates a bad amount at file:line:column of the field', () => {
    const dir = folder({ 'catalog.csv': `${HEADER}DRS-001,Dress,dresses,199.00,80\nDRS-002,Dress,dresses,199.999,80\n` });
    const file = path.join(dir, 'catalog.csv');
    const [issue, ...rest] = issuesOf(() => loadCatalog(file));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file, line: 3, column: 23, field: 'list_price' });
    expect(issue!.message.render('en')).toContain('at most two decimals');
  });

  it('counts columns through quoted commas and reports every bad row', () => {
    const dir = folder({
      'catalog.csv': `${HEADER}"A-1","Dress, red",dresses,,80\nbad sku,x,Dresses,10,5\n`,
    });
    const issues = issuesOf(() => loadCatalog(path.join(dir, 'catalog.csv')));
    expect(issues.map((i) => [i.line, i.column, i.field])).toEqual([
      [2, 28, 'list_price'],
      [3, 1, 'sku'],
      [3, 11, 'category'],
    ]);
    expect(issues[0]!.message.render('en')).toBe('is empty; a value is required');
  });

  it('refuses a duplicate SKU, pointing back at the first row', () => {
    const dir = folder({ 'catalog.csv': `${HEADER}A-1,x,dresses,10,5\nA-1,y,dresses,11,5\n` });
    const [issue] = issuesOf(() => loadCatalog(path.join(dir, 'catalog.csv')));
    expect(issue).toMatchObject({ line: 3, column: 1, field: 'sku' });
    expect(issue!.message.render('en')).toContain('already on line 2');
  });

  it('names the missing header columns', () => {
    const dir = folder({ 'catalog.csv': 'sku,price\nA-1,10\n' });
    const [issue] = issuesOf(() => loadCatalog(path.join(dir, 'catalog.csv')));
    expect(issue).toMatchObject({ line: 1, column: 1 });
    expect(issue!.message.render('en')).toContain('lacks category, list_price, cost');
  });

  it('locates history errors in the history file, including a duplicate day', () => {
    const dir = folder({
      'catalog.csv': `${HEADER}A-1,x,dresses,10,5\n`,
      'price-history.csv': 'sku,date,list_price,lowest_transaction_price\nA-1,2026-11-4,10,\nA-1,2026-11-05,10,9\nA-1,2026-11-05,10,8\n',
    });
    const issues = issuesOf(() => loadCatalog(path.join(dir, 'catalog.csv')));
    expect(issues.map((i) => [path.basename(i.file), i.line, i.column, i.field])).toEqual([
      ['price-history.csv', 2, 5, 'date'],
      ['price-history.csv', 4, 5, 'date'],
    ]);
  });

  it('is an input error (exit 2) when the file is missing or not UTF-8', () => {
    const dir = folder({ 'catalog.csv': Buffer.from([0x73, 0x6b, 0x75, 0x0a, 0xff, 0xfe, 0x0a]) });
    expect(() => loadCatalog(path.join(dir, 'missing.csv'))).toThrow(/cannot read the catalogue \(ENOENT\)/);
    expect(() => loadCatalog(path.join(dir, 'catalog.csv'))).toThrow(/not UTF-8/);
    try {
      loadCatalog(path.join(dir, 'catalog.csv'));
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(2);
    }
  });

  it('reports unterminated quotes with the line', () => {
    const dir = folder({ 'catalog.csv': `${HEADER}A-1,"broken,dresses,10,5\n` });
    const [issue] = issuesOf(() => loadCatalog(path.join(dir, 'catalog.csv')));
    expect(issue!.message.render('en')).toMatch(/^not valid CSV/);
  });
});

describe('catalogue NDJSON', () => {
  it('takes inline history and numbers or strings for money', () => {
    const dir = folder({
      'catalog.ndjson':
        '{"sku":"DRS-001","category":"dresses","list_price":199,"cost":"80.00","history":[{"date":"2026-11-04","list_price":"199.00","lowest_transaction_price":189}]}\n\n',
    });
    expect(loadCatalog(path.join(dir, 'catalog.ndjson')).items).toEqual([
      { sku: 'DRS-001', category: 'dresses', list: 19900, cost: 8000, history: [{ date: '2026-11-04', list: 19900, transaction: 18900 }] },
    ]);
  });

  it('locates a bad key on its line', () => {
    const dir = folder({
      'catalog.ndjson': '{"sku":"A-1","category":"dresses","list_price":1,"cost":1}\n{"sku":"A-2","category":"dresses","list_price":"1.005","cost":1}\nnot json\n',
    });
    const issues = issuesOf(() => loadCatalog(path.join(dir, 'catalog.ndjson')));
    expect(issues.map((i) => [i.line, i.column, i.field])).toEqual([
      [2, 35, 'list_price'],
      [3, 1, undefined],
    ]);
  });

  it('refuses an unknown extension', () => {
    const dir = folder({ 'catalog.xlsx': 'x' });
    expect(() => loadCatalog(path.join(dir, 'catalog.xlsx'))).toThrow(/use \.csv, \.ndjson or \.jsonl/);
  });
});
