import { defineRule } from '../../rule.js';

/**
 * A store's policies need its Store document (categories, timezone, metrics).
 * An `extends` that does not resolve is `compliance/no-baseline`: losing the
 * law's baseline is that rule's whole subject.
 */
export const unresolved = defineRule({
  meta: {
    code: 'ref/unresolved',
    severity: 'error',
    summary: {
      en: 'A reference to another document (the store\'s Store document) does not resolve.',
      zh: '对其他文档的引用（店铺的 Store 文档）无法解析。',
    },
    messages: {
      noStore: {
        message: {
          en: 'Store "{store}" has {kind} but no Store document: categories and metrics cannot be checked.',
          zh: '店铺 "{store}" 有 {kind}，但没有 Store 文档：无法核对类目和店铺指标。',
        },
        hint: { en: 'Add store.yaml (kind: Store) for this store.', zh: '为该店铺添加 store.yaml（kind: Store）。' },
      },
    },
  },
  check(bundle, context) {
    if (!bundle.store && !bundle.invalidKinds.has('Store')) {
      const first = bundle.documents.find((d) => d.kind !== 'Listing' && d.kind !== 'PolicyTest' && d.kind !== 'Waiver');
      if (first) {
        context.report({
          doc: first,
          pointer: '/metadata/store',
          messageId: 'noStore',
          params: { store: bundle.id, kind: first.kind ?? 'a document' },
        });
      }
    }
  },
});
