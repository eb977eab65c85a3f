import { defineRule } from '../../rule.js';
import { lineOf, tierPointer } from './_tiers.js';

/** Promotions and the after-sales policy name tiers by id, so an id must mean one tier. */
export const duplicateId = defineRule({
  meta: {
    code: 'tiers/duplicate-id',
    severity: 'error',
    summary: { en: 'Every member tier has its own id.', zh: '每个会员等级的 id 必须唯一。' },
    messages: {
      duplicate: {
        message: {
          en: 'Tier id "{id}" is already used by tier #{firstIndex} (line {firstLine}): promotions and return rules that name "{id}" would be ambiguous.',
          zh: '等级 id "{id}" 已被第 {firstIndex} 个等级使用（第 {firstLine} 行）：引用 "{id}" 的促销和退货规则将无法确定指哪一级。',
        },
        hint: { en: 'Give this tier a different id, e.g. "{id}-plus".', zh: '给该等级换一个 id，例如 "{id}-plus"。' },
      },
      first: {
        message: { en: 'Tier id "{id}" is first used here.', zh: '等级 id "{id}" 首次在此使用。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.memberTiers;
    if (!doc) return;
    const firstIndexById = new Map<string, number>();
    doc.value.spec.tiers.forEach((tier, index) => {
      const first = firstIndexById.get(tier.id);
      if (first === undefined) {
        firstIndexById.set(tier.id, index);
        return;
      }
      const firstPointer = tierPointer(first, 'id');
      const params = { id: tier.id, firstIndex: first + 1, firstLine: lineOf(doc, firstPointer) };
      context.report({
        doc,
        pointer: tierPointer(index, 'id'),
        messageId: 'duplicate',
        params,
        related: [{ doc, pointer: firstPointer, messageId: 'first', params }],
      });
    });
  },
});
