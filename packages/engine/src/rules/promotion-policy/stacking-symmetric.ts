import { CLASS_OF, PROMOTION_TYPES } from '../../pricing/classes.js';
import { resolvePolicy } from '../../pricing/policy.js';
import { defineRule } from '../../rule.js';

/**
 * `promotion-policy/stacking-symmetric`: `combines_with` is a handshake. If
 * type A lists B's class, B must list A's class, or the policy says two
 * different things about the same pair.
 */
export const stackingSymmetric = defineRule({
  meta: {
    code: 'promotion-policy/stacking-symmetric',
    severity: 'error',
    summary: { en: '`combines_with` is symmetric between promotion types.', zh: '促销类型之间的 `combines_with` 必须对称。' },
    messages: {
      oneSided: {
        message: {
          en: '{type} does not combine with class "{otherCls}", but {other} combines with "{cls}": stacking needs both sides, so the policy contradicts itself',
          zh: '{type} 不与 "{otherCls}" 类叠加，但 {other} 允许与 "{cls}" 类叠加：叠加需要双方同意，政策自相矛盾',
        },
        hint: {
          en: 'Add "{otherCls}" to {type}.combines_with, or remove "{cls}" from {other}.combines_with.',
          zh: '在 {type}.combines_with 中加入 "{otherCls}"，或从 {other}.combines_with 中删除 "{cls}"。',
        },
      },
      other: { message: { en: 'the other side of the handshake', zh: '握手的另一方' } },
    },
  },
  check(bundle, { report }) {
    const doc = bundle.promotionPolicy;
    if (!doc?.value.spec.stacking) return;
    const policy = resolvePolicy(doc);
    for (const type of PROMOTION_TYPES) {
      const own = policy.stacking[type].combinesWith;
      for (const other of PROMOTION_TYPES) {
        if (other === type) continue;
        const cls = CLASS_OF[type];
        const otherCls = CLASS_OF[other];
        if (own.has(otherCls) || !policy.stacking[other].combinesWith.has(cls)) continue;
        // Report where the gap is (the side that does not list), if the file says it.
        const pointer = doc.has(`/spec/stacking/${type}/combines_with`) ? `/spec/stacking/${type}/combines_with` : '/spec/stacking';
        report({
          doc,
          pointer,
          messageId: 'oneSided',
          params: { type, other, cls, otherCls },
          related: doc.has(`/spec/stacking/${other}`) ? [{ doc, pointer: `/spec/stacking/${other}`, messageId: 'other' }] : [],
        });
      }
    }
  },
});
