import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "unknown references are skips" (issue 9, hole 5): a listing
// whose category is not one of the store's ids lost every check of its legal
// class (food claims, SC licence) and passed with exit 0.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-food', 'demo-apparel']);
});
afterAll(() => repo.cleanup());

const line = (row: Record<string, unknown>) => `${JSON.stringify(row)}\n`;
const colOf = (text: string, needle: string) => text.indexOf(needle) + 1;
const checkStdin = (store: string, input: string, format = 'json') =>
  repo.run(['check', 'listing', '-', '--store', `policies/${store}`, '--format', format], input);

describe('fail closed: a listing in a category the store does not have is an error, and still checked', () => {
  it('the issue\'s reproduction (减肥茶 增强免疫力 in "foodz") exits 1 with listing/unknown-category at the category', async () => {
    const input = line({ sku: 'X1', title: '减肥茶 增强免疫力', category: 'foodz', price: '10.00' });
    const result = await checkStdin('demo-food', input);
    expect(result.code).toBe(1);
    const found = findings(result).filter((f) => f.code === 'listing/unknown-category');
    expect(found.map((f) => [f.severity, f.line, f.column, f.pointer])).toEqual([['error', 1, colOf(input, '"foodz"'), '/category']]);
    expect(found[0]!.message).toContain('nuts, mooncakes, tea, health-supplements, gift-boxes');
  });

  it('a misspelt category gets a did-you-mean and the row is still checked against every all-class rule', async () => {
    const input = line({ sku: 'X2', title: '坚果 全网最低 加微信 nut8888', category: 'nutz', price: '10.00' });
    const result = await checkStdin('demo-food', input);
    expect(result.code).toBe(1);
    const found = findings(result);
    expect(found.find((f) => f.code === 'listing/unknown-category')?.message).toContain('did you mean "nuts"?');
    expect(found.map((f) => f.code)).toEqual(expect.arrayContaining(['listing/banned-term', 'listing/contact-info']));
  });

  it('a CSV row that writes the category name (连衣裙) is checked, not dropped as unreadable, and told the id', async () => {
    repo.write('in/export.csv', '商家编码,宝贝标题,类目,价格\nD-1,连衣裙 全网最低价,连衣裙,99\n');
    const result = await repo.run(['check', 'listing', 'in/export.csv', '--store', 'policies/demo-apparel', '--format', 'json']);
    expect(result.code).toBe(1);
    const found = findings(result);
    expect(found.map((f) => f.code)).not.toContain('listing/input');
    expect(found.find((f) => f.code === 'listing/unknown-category')).toMatchObject({ line: 2, column: 15, severity: 'error' });
    expect(found.find((f) => f.code === 'listing/unknown-category')?.message).toContain('did you mean "dresses"?');
    expect(found.find((f) => f.code === 'listing/banned-term')).toMatchObject({ line: 2, column: 9 });
  });

  it('a Listing YAML file with an unknown category fails too', async () => {
    repo.write(
      'policies/demo-food/listings/foodz.yaml',
      'apiVersion: storepolicy/v1\nkind: Listing\nmetadata: {store: demo-food, name: foodz}\nspec:\n  sku: X3\n  title: 减肥茶\n  category: foodz\n  price: 10\n',
    );
    const result = await repo.run(['check', 'listing', 'policies/demo-food/listings/foodz.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/unknown-category').map((f) => [f.line, f.column])).toEqual([[7, 13]]);
  });

  it('pipe mode: the row is not ok', async () => {
    const result = await checkStdin('demo-food', line({ sku: 'X4', title: '坚果', category: 'foodz', price: '10.00' }), 'ndjson');
    const out = JSON.parse(result.stdout) as { ok: boolean; findings: { code: string }[] };
    expect(out.ok).toBe(false);
    expect(out.findings.map((f) => f.code)).toContain('listing/unknown-category');
    expect(result.code).toBe(1);
  });
});

describe('fail closed: a catalogue row in a category the store does not have does not drop out of the dry-run silently', () => {
  const proposal = ['check', 'promotion', 'policies/demo-apparel/proposals/double11-dresses.yaml', '--now', '2026-11-01T09:00:00+08:00', '--format', 'json'];

  it('a misspelt category (dresss) is catalog/unknown-category at its cell, with did-you-mean, and the run fails', async () => {
    repo.edit('policies/demo-apparel/catalog.csv', 'DRS-002,法式方领连衣裙 French square-neck dress,dresses,', 'DRS-002,法式方领连衣裙 French square-neck dress,dresss,');
    try {
      const result = await repo.run(proposal);
      expect(result.code).toBe(1);
      const found = findings(result).filter((f) => f.code === 'catalog/unknown-category');
      const text = repo.read('policies/demo-apparel/catalog.csv');
      const line = text.split('\n').findIndex((l) => l.startsWith('DRS-002,')) + 1;
      expect(found.map((f) => [f.severity, f.file, f.line, f.column])).toEqual([
        ['error', 'policies/demo-apparel/catalog.csv', line, text.split('\n')[line - 1]!.indexOf('dresss') + 1],
      ]);
      expect(found[0]!.message).toContain('did you mean "dresses"?');
    } finally {
      repo.edit('policies/demo-apparel/catalog.csv', ',dresss,', ',dresses,');
    }
  });
});
