import { docsPathFor, suggest, type Diagnostic, type MessageParams, type Related } from '@storepolicy/schema/core';
import type { StoreBundle } from '../../model.js';
import type { CatalogItem } from '../../pricing/types.js';
import type { RuleMeta } from '../../rule.js';

/**
 * SPEC section 9 "Unknown references are errors, not skips": a catalogue row
 * whose category is not one of the store's ids matches no category-scoped
 * promotion, so it dropped out of the dry-run and its prices (below the floor
 * or not) were never shown. Reported once per unknown category, at its first
 * row, by `check promotion` (and whatever else loads a catalogue).
 */
export const unknownCategory: RuleMeta = {
  code: 'catalog/unknown-category',
  severity: 'error',
  summary: {
    en: "A catalogue row's category is not one of the store's categories, so no category-scoped promotion prices it.",
    zh: '商品目录中某行的类目不是店铺的类目之一，按类目生效的促销不会为其计价。',
  },
  messages: {
    unknown: {
      message: {
        en: 'Category "{category}" of SKU {sku} ({rows, plural, one {# row} other {# rows}} in all) is not one of the store\'s categories ({known}): no category-scoped promotion prices these SKUs.',
        zh: 'SKU {sku} 的类目 "{category}"（共 {rows} 行）不是店铺的类目（{known}）：按类目生效的促销不会为这些 SKU 计价。',
      },
      hint: { en: "Use a category id from the store's store.yaml.", zh: '使用店铺 store.yaml 中的类目 id。' },
    },
    didYouMean: {
      message: {
        en: 'Category "{category}" of SKU {sku} ({rows, plural, one {# row} other {# rows}} in all) is not one of the store\'s categories: did you mean "{suggestion}"? No category-scoped promotion prices these SKUs.',
        zh: 'SKU {sku} 的类目 "{category}"（共 {rows} 行）不是店铺的类目：是否想写 "{suggestion}"？按类目生效的促销不会为这些 SKU 计价。',
      },
      hint: { en: 'Change the category to "{suggestion}" in the catalogue.', zh: '在商品目录中把类目改为 "{suggestion}"。' },
    },
    categoriesHere: { message: { en: "the store's categories are declared here", zh: '店铺的类目在此声明' } },
  },
};

/** Where a catalogue row's category cell is (the loader knows the file; the engine does not read it). */
export interface CatalogCellPlace {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * One error per category of `items` that the store does not declare, at the
 * first row that uses it (`placeOf`), with the closest declared id.
 */
export function unknownCatalogCategories(
  bundle: StoreBundle,
  items: readonly CatalogItem[],
  placeOf: (sku: string) => CatalogCellPlace | undefined,
): Diagnostic[] {
  const store = bundle.store;
  const declared = (store?.value.spec.categories ?? []).map((category) => category.id);
  const known = new Set(declared);
  const first = new Map<string, { sku: string; rows: number }>();
  for (const item of items) {
    if (known.has(item.category)) continue;
    const seen = first.get(item.category);
    if (seen) seen.rows++;
    else first.set(item.category, { sku: item.sku, rows: 1 });
  }
  const related: Related[] = store ? [{ file: store.file, ...store.locate('/spec/categories'), messageId: `${unknownCategory.code}.categoriesHere`, params: {} }] : [];
  return [...first].map(([category, { sku, rows }]): Diagnostic => {
    const suggestion = suggest(category, declared);
    const params: MessageParams = suggestion ? { category, sku, rows, suggestion } : { category, sku, rows, known: declared.join(', ') || 'none' };
    const place = placeOf(sku) ?? { file: store?.file ?? '', line: 1, column: 1 };
    return {
      code: unknownCategory.code,
      severity: unknownCategory.severity,
      messageId: `${unknownCategory.code}.${suggestion ? 'didYouMean' : 'unknown'}`,
      params,
      file: place.file,
      pointer: '',
      related,
      docs: docsPathFor(unknownCategory.code),
      line: place.line,
      column: place.column,
      endLine: place.endLine ?? place.line,
      endColumn: place.endColumn ?? place.column + category.length,
    };
  });
}
