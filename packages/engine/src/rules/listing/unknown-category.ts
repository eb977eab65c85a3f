import { suggest } from '@storepolicy/schema/core';
import type { RuleMeta } from '../../rule.js';
import type { CategoryInfo, ListingRuleCheck } from '../../listing/compiled.js';

/**
 * SPEC section 9 "Unknown references are errors, not skips": the legal class
 * comes from the store's category, and without it the class rules (food
 * claims, SC licence, statutory return exemptions, size charts) cannot run.
 * The listing is still checked against every rule that applies to all
 * classes; this finding says what did not run.
 */
export const unknownCategory: RuleMeta = {
  code: 'listing/unknown-category',
  severity: 'error',
  summary: {
    en: "The listing's category is not one of the store's categories, so the checks of its legal class cannot run.",
    zh: '商品的类目不是店铺的类目之一，无法执行其法定品类的检查。',
  },
  messages: {
    unknown: {
      message: {
        en: 'Category "{category}" is not one of the store\'s categories ({known}): the checks of its legal class (claims, licences, return exemptions, size chart) did not run.',
        zh: '类目 "{category}" 不是店铺的类目（{known}）：其法定品类的检查（宣称、资质、退货豁免、尺码表）未执行。',
      },
      hint: {
        en: "Use a category id from the store's Store document, or add the category there with its legal_class.",
        zh: '使用店铺 Store 文档中的类目 id，或在其中添加该类目及其 legal_class。',
      },
    },
    didYouMean: {
      message: {
        en: 'Category "{category}" is not one of the store\'s categories: did you mean "{suggestion}"? The checks of its legal class did not run.',
        zh: '类目 "{category}" 不是店铺的类目：是否想写 "{suggestion}"？其法定品类的检查未执行。',
      },
      hint: { en: 'Change the category to "{suggestion}".', zh: '把类目改为 "{suggestion}"。' },
    },
    noCategories: {
      message: {
        en: 'The store declares no categories (Store spec.categories), so category "{category}" has no legal class and the checks of its class did not run.',
        zh: '店铺没有声明任何类目（Store 的 spec.categories），类目 "{category}" 没有法定品类，其品类检查未执行。',
      },
      hint: {
        en: "Declare the store's categories with their legal_class in store.yaml.",
        zh: '在 store.yaml 中声明店铺的类目及其 legal_class。',
      },
    },
  },
};

/** The store's category ids in a short, readable list for the message. */
function knownList(ids: readonly string[]): string {
  return ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')}, …`;
}

/** The id of the category whose display name the listing wrote instead of its id (连衣裙 for `dresses`). */
function byName(category: string, categories: ReadonlyMap<string, CategoryInfo>): string | undefined {
  const wanted = category.trim().toLowerCase();
  for (const [id, info] of categories) if (info.names?.some((name) => name.trim().toLowerCase() === wanted)) return id;
  return undefined;
}

export const unknownCategoryCheck: ListingRuleCheck = (listing, context) => {
  const category = listing.category;
  if (context.category !== undefined || typeof category !== 'string' || category === '') return;
  const ids = [...context.policy.categories.keys()];
  if (ids.length === 0) {
    context.emit(unknownCategory, { messageId: 'noCategories', pointer: '/category', params: { category } });
    return;
  }
  const suggestion = byName(category, context.policy.categories) ?? suggest(category, ids);
  if (suggestion !== undefined) {
    context.emit(unknownCategory, { messageId: 'didYouMean', pointer: '/category', params: { category, suggestion } });
  } else {
    context.emit(unknownCategory, { messageId: 'unknown', pointer: '/category', params: { category, known: knownList(ids) } });
  }
};
