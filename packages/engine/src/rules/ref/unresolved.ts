import { defineRule } from '../../rule.js';

/**
 * A store's CompliancePolicy names the baseline it extends by path. If that
 * file is missing, every law the baseline carries silently stops applying,
 * so an unresolved `extends` is an error, not a shrug.
 */
export const unresolved = defineRule({
  meta: {
    code: 'ref/unresolved',
    severity: 'error',
    summary: {
      en: 'A reference to another document (extends, store) does not resolve.',
      zh: '对其他文档的引用（extends、store）无法解析。',
    },
    messages: {
      extends: {
        message: {
          en: 'extends "{target}" does not name a CompliancePolicy file of store _base: the baseline rules of the law would not apply.',
          zh: 'extends "{target}" 没有指向 _base 的 CompliancePolicy 文件：法律基线规则将不会生效。',
        },
        hint: {
          en: 'Write the path relative to this file, e.g. ../_base/cn-regulations.yaml.',
          zh: '请写相对于本文件的路径，例如 ../_base/cn-regulations.yaml。',
        },
      },
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
    const compliance = bundle.compliance;
    const target = (compliance?.value.spec as { extends?: unknown } | undefined)?.extends;
    if (compliance && typeof target === 'string' && !bundle.complianceBase) {
      context.report({ doc: compliance, pointer: '/spec/extends', messageId: 'extends', params: { target } });
    }
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
