import { PROMOTION_TYPES } from '../../pricing/classes.js';
import { defineRule } from '../../rule.js';

/** `promotion-policy/priority-complete`: every promotion type appears once in `priority`. */
export const priorityComplete = defineRule({
  meta: {
    code: 'promotion-policy/priority-complete',
    severity: 'error',
    summary: { en: 'Every promotion type appears exactly once in `priority`.', zh: '`priority` 中每种促销类型恰好出现一次。' },
    messages: {
      missing: {
        message: {
          en: '`priority` does not list {types}: the engine could not tell which lever wins when they meet',
          zh: '`priority` 缺少 {types}：这些手段相遇时无法判断谁优先',
        },
        hint: { en: 'Add {types} to `priority`, most preferred first.', zh: '把 {types} 加入 `priority`（越靠前越优先）。' },
      },
      duplicate: {
        message: {
          en: '"{type}" appears again in `priority` (first at position {first}): a type has one rank',
          zh: '"{type}" 在 `priority` 中重复出现（首次在第 {first} 位）：每种类型只能有一个排位',
        },
        hint: { en: 'Remove this entry.', zh: '删除这一项。' },
      },
    },
  },
  check(bundle, { report }) {
    const doc = bundle.promotionPolicy;
    const priority = doc?.value.spec.priority;
    if (!doc || !priority) return;
    priority.forEach((type, i) => {
      const first = priority.indexOf(type);
      if (first !== i) report({ doc, pointer: `/spec/priority/${i}`, messageId: 'duplicate', params: { type, first: first + 1 } });
    });
    const missing = PROMOTION_TYPES.filter((type) => !priority.includes(type));
    if (missing.length > 0) {
      report({ doc, pointer: '/spec/priority', messageId: 'missing', params: { types: missing.join(', ') }, atKey: true });
    }
  },
});
