import type { PolicyDocument } from '@storepolicy/schema';
import { defineRule } from '../../rule.js';

const SINGLETON_KINDS = new Set([
  'Store',
  'MemberTiers',
  'PromotionPolicy',
  'AfterSalesPolicy',
  'PackingStandard',
  'CompliancePolicy',
]);

function nameOf(doc: PolicyDocument): string {
  return String((doc.value as { metadata?: { name?: unknown } }).metadata?.name ?? '');
}

/**
 * One store has one policy of each kind, and names are unique per kind
 * (a promotion's name is its id). A second copy would be ignored by every
 * check while a reader believes it applies.
 */
export const duplicate = defineRule({
  meta: {
    code: 'ref/duplicate',
    severity: 'error',
    summary: {
      en: 'A store has two policies of one kind, or two documents of one kind with the same name.',
      zh: '同一店铺有两份同类策略，或两份同类同名文档。',
    },
    messages: {
      secondPolicy: {
        message: {
          en: 'Store "{store}" already has a {kind} in {first}; only the first is checked.',
          zh: '店铺 "{store}" 已在 {first} 中定义了 {kind}；只有第一份会被检查。',
        },
        hint: { en: 'Merge the two files, or move this one to its own store.', zh: '合并两个文件，或把本文件移到其所属店铺。' },
      },
      sameName: {
        message: {
          en: 'A {kind} named "{name}" already exists in {first}: names are unique per store and kind.',
          zh: '{first} 中已存在名为 "{name}" 的 {kind}：同一店铺同类文档的名称必须唯一。',
        },
        hint: { en: 'Rename one of them.', zh: '重命名其中一个。' },
      },
      firstHere: {
        message: { en: 'first defined here', zh: '首次定义于此' },
      },
    },
  },
  check(bundle, context) {
    const firstOfKind = new Map<string, PolicyDocument>();
    const firstOfName = new Map<string, PolicyDocument>();
    for (const doc of bundle.documents) {
      const kind = doc.kind ?? '';
      const related = (first: PolicyDocument) => [{ doc: first, pointer: '/metadata/name', messageId: 'firstHere' }];
      if (SINGLETON_KINDS.has(kind)) {
        const first = firstOfKind.get(kind);
        if (first) {
          context.report({
            doc,
            pointer: '/kind',
            messageId: 'secondPolicy',
            params: { store: bundle.id, kind, first: first.file },
            related: related(first),
          });
          continue;
        }
        firstOfKind.set(kind, doc);
      }
      const key = `${kind}\u0000${nameOf(doc)}`;
      const first = firstOfName.get(key);
      if (first) {
        context.report({
          doc,
          pointer: '/metadata/name',
          messageId: 'sameName',
          params: { kind, name: nameOf(doc), first: first.file },
          related: related(first),
        });
      } else {
        firstOfName.set(key, doc);
      }
    }
  },
});
