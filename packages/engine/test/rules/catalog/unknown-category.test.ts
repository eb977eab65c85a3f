import { describe, expect, it } from 'vitest';
import { unknownCatalogCategories } from '../../../src/rules/catalog/unknown-category.js';
import type { CatalogItem } from '../../../src/pricing/types.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { STORE_YAML } from '../../listing/_fixture.js';

const CODE = 'catalog/unknown-category';
const bundle = loadFixture({ 'p/demo/store.yaml': STORE_YAML }).set.stores[0]!;
const item = (sku: string, category: string): CatalogItem => ({ sku, category, list: 19900, cost: 8000, history: [] });
/** Row k of a catalog.csv: the category cell at line k + 1, column 9. */
const lineOf = new Map([['D-1', 2], ['D-2', 3], ['D-3', 4], ['D-4', 5], ['M-1', 6]]);
const placeOf = (sku: string) => ({ file: 'p/demo/catalog.csv', line: lineOf.get(sku)!, column: 9 });

describe(CODE, () => {
  it.each([
    { name: 'a misspelt category gets the closest id, at its first row, counting its rows', category: 'dresss', messageId: 'didYouMean', suggestion: 'dresses' },
    { name: 'a category close to none lists the ids', category: 'garden-tools', messageId: 'unknown', suggestion: undefined },
  ])('$name', ({ category, messageId, suggestion }) => {
    const found = unknownCatalogCategories(bundle, [item('D-1', 'dresses'), item('D-2', category), item('D-3', category), item('M-1', 'mugs')], placeOf);
    expect(found.map((d) => [d.code, d.severity, d.messageId, d.file, d.line, d.column, d.endColumn, d.params.sku, d.params.rows, d.params.suggestion])).toEqual([
      [CODE, 'error', `${CODE}.${messageId}`, 'p/demo/catalog.csv', 3, 9, 9 + category.length, 'D-2', 2, suggestion],
    ]);
    expect(found[0]!.related.map((r) => [r.file, r.line])).toEqual([['p/demo/store.yaml', 9]]);
  });

  it('reports each unknown category once, and nothing when every row is in a store category', () => {
    expect(unknownCatalogCategories(bundle, [item('D-1', 'dresses'), item('M-1', 'mugs')], placeOf)).toEqual([]);
    const two = unknownCatalogCategories(bundle, [item('D-1', 'dresss'), item('D-2', 'mugz'), item('D-3', 'dresss')], placeOf);
    expect(two.map((d) => [d.params.category, d.params.rows, d.line])).toEqual([['dresss', 2, 2], ['mugz', 1, 3]]);
  });
});
