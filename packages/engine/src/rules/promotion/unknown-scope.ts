import type { PolicyDocument } from '@storepolicy/schema';
import type { PromotionCheck } from './_check.js';

/** `promotion/unknown-scope`: categories exist in Store, SKUs in the catalogue. */
export const unknownScopeCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/unknown-scope',
    severity: 'error',
    summary: {
      en: 'Categories and SKUs in a promotion scope exist (Store categories, the catalogue).',
      zh: '促销范围中的类目和 SKU 必须存在（店铺类目、商品目录）。',
    },
    messages: {
      category: {
        message: {
          en: 'category "{category}" is not a category of the store (known: {known}), so the promotion covers nothing there',
          zh: '类目 "{category}" 不是本店类目（已有：{known}），促销在此不覆盖任何商品',
        },
        hint: { en: 'Use a category id from store.yaml.', zh: '使用 store.yaml 中的类目 id。' },
      },
      sku: {
        message: {
          en: 'SKU "{sku}" is not in the catalogue, so its price cannot be checked',
          zh: 'SKU "{sku}" 不在商品目录中，无法核算其价格',
        },
        hint: { en: 'Fix the SKU code or add the SKU to the catalogue.', zh: '更正 SKU 编码，或把该 SKU 加入商品目录。' },
      },
      categories: { message: { en: 'categories defined here', zh: '类目在此定义' } },
    },
  },
  check({ bundle, proposal, catalog, report }) {
    const scope = proposal.doc.value.spec.scope;
    const storeDoc = bundle.store;
    if (storeDoc && scope.categories) {
      const known = storeDoc.value.spec.categories.map((c) => c.id);
      scope.categories.forEach((category, i) => {
        if (known.includes(category)) return;
        report(unknownScopeCheck.meta, {
          doc: proposal.doc,
          pointer: `/spec/scope/categories/${i}`,
          messageId: 'category',
          params: { category, known: known.join(', ') },
          related: [{ doc: storeDoc as PolicyDocument, pointer: '/spec/categories', messageId: 'categories' }],
        });
      });
    }
    if (catalog && scope.skus) {
      scope.skus.forEach((sku, i) => {
        if (catalog.bySku.has(sku)) return;
        report(unknownScopeCheck.meta, { doc: proposal.doc, pointer: `/spec/scope/skus/${i}`, messageId: 'sku', params: { sku } });
      });
    }
  },
};
