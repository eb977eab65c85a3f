import { describe, expect, it } from 'vitest';
import { readCsvTable, type CsvRecord } from '../../src/catalog/csv-records.js';
import type { CatalogIssue } from '../../src/catalog/errors.js';
import { catalogRowSchema, fastCatalogRow, fastHistoryRow, historyRowSchema } from '../../src/catalog/rows.js';

/** The records, and the issues with their messages in English. */
function records(text: string): { records: CsvRecord[]; issues: (Omit<CatalogIssue, 'message'> & { message: string })[] } {
  const english = (issue: CatalogIssue) => ({ ...issue, message: issue.message.render('en') });
  const table = readCsvTable('c.csv', text);
  if (!('header' in table)) return { records: [], issues: [english(table)] };
  const out: CsvRecord[] = [];
  const issues: CatalogIssue[] = [];
  table.each((r) => out.push(r), (i) => issues.push(i));
  return { records: out, issues: issues.map(english) };
}

describe('CSV records', () => {
  it('reads quoted fields with commas, "" escapes and newlines, keeping each record\'s first line', () => {
    const { records: rows, issues } = records('a,b,c\r\n"x, y","say ""hi""",1\r\n\r\n"multi\nline",2,\n3,4,5');
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.fields])).toEqual([
      [2, ['x, y', 'say "hi"', '1']],
      [4, ['multi\nline', '2', '']],
      [6, ['3', '4', '5']],
    ]);
  });

  it('reports a wrong field count at its line and keeps going', () => {
    const { records: rows, issues } = records('a,b\n1,2,3\n4,5\n');
    expect(rows.map((r) => r.line)).toEqual([3]);
    expect(issues).toEqual([{ file: 'c.csv', line: 2, column: 1, message: expect.stringContaining('3 fields where the header has 2') }]);
  });

  it('reports text after a closing quote at its column, and an unclosed quote at the record start', () => {
    expect(records('a,b\n"x"y,1\n').issues[0]).toMatchObject({ line: 2, column: 4 });
    expect(records('a,b\n1,2\n"open,3\n4,5\n').issues[0]).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('never closed') });
  });
});

describe('fast row paths agree with the zod schemas', () => {
  const catalogCases: Array<[string, string, string, string]> = [
    ['DRS-001', 'dresses', '199.00', '80'],
    [' DRS-001 ', 'dresses', ' 199.9 ', '80.5'],
    ['DRS-001', 'dresses', '199.999', '80'],
    ['DRS-001', 'dresses', '-1', '80'],
    ['DRS-001', 'dresses', '1e3', '80'],
    ['DRS-001', 'dresses', '0199', '80'],
    ['DRS-001', 'Dresses', '199', '80'],
    ['-DRS', 'dresses', '199', '80'],
    ['DRS-001', 'dresses', '', '80'],
    ['DRS-001', 'dresses', '0.01', '0'],
  ];
  it.each(catalogCases)('catalogue row %s %s %s %s', (sku, category, list, cost) => {
    const zod = catalogRowSchema.safeParse({ sku, category, ...(list.trim() ? { list_price: list } : {}), cost });
    const fast = fastCatalogRow(sku, category, list, cost);
    expect(fast !== undefined).toBe(zod.success);
    if (fast && zod.success) expect(fast).toEqual({ ...zod.data });
  });

  const historyCases: Array<[string, string, string, string]> = [
    ['A-1', '2026-11-04', '199.00', '189.00'],
    ['A-1', '2026-11-04', '199.00', ''],
    ['A-1', '2026-11-4', '199.00', ''],
    ['A-1', '2026-13-04', '199.00', ''],
    ['A-1', '2026-11-04', '199.00', '18.901'],
  ];
  it.each(historyCases)('history row %s %s %s %s', (sku, date, list, low) => {
    const zod = historyRowSchema.safeParse({ sku, date, list_price: list, ...(low.trim() ? { lowest_transaction_price: low } : {}) });
    const fast = fastHistoryRow(sku, date, list, low);
    expect(fast !== undefined).toBe(zod.success);
    if (fast && zod.success) expect(fast).toEqual({ ...zod.data, lowest_transaction_price: zod.data.lowest_transaction_price });
  });
});
