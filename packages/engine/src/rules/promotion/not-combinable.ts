import type { FindingInput } from '../../rule.js';
import { promotionsMeet } from '../../pricing/overlap.js';
import { blockedBy, stackBlock } from '../../pricing/stacking.js';
import { policyRelated, type PromotionCheck } from './_check.js';

/**
 * `promotion/not-combinable`: a promotion meets another it may not stack
 * with (handshake or exclusivity), or it widens the policy's stacking.
 */
export const notCombinableCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/not-combinable',
    severity: 'error',
    summary: {
      en: 'Promotions that meet on a SKU may stack (handshake and exclusivity); a promotion never widens the policy.',
      zh: '在同一 SKU 上重叠的促销必须允许叠加（双向握手与互斥规则）；促销不得放宽政策。',
    },
    messages: {
      handshake: {
        message: {
          en: '{type} "{id}" meets {otherType} "{other}", but they do not both allow each other\'s class ({cls} with {otherCls}): customers would see two offers and get one',
          zh: '{type}"{id}" 与 {otherType}"{other}" 重叠，但双方未互相允许对方类别（{cls} 与 {otherCls}）：顾客看到两个优惠却只能用一个',
        },
        hint: { en: 'Move one of them to another window or scope, or allow the classes both ways in the policy.', zh: '错开其中一个的时间或范围，或在政策中双向允许这两个类别。' },
      },
      exclusive: {
        message: {
          en: '{type} "{id}" meets {otherType} "{other}", but "{blocker}" is {exclusive}-exclusive: nothing else of {scope} may apply with it',
          zh: '{type}"{id}" 与 {otherType}"{other}" 重叠，但 "{blocker}" 为{exclusive}互斥：{scope}不得与之同时生效',
        },
        hint: { en: 'Do not run them at the same time on the same SKUs.', zh: '不要让它们在同一时间作用于同一 SKU。' },
      },
      widens: {
        message: {
          en: 'combines_with lists "{cls}", which the policy does not allow for {type}: a promotion may narrow the policy\'s stacking, never widen it',
          zh: 'combines_with 列出了 "{cls}"，而政策不允许 {type} 与之叠加：促销只能收窄政策的叠加规则，不能放宽',
        },
        hint: { en: 'Remove "{cls}", or change the policy first.', zh: '删除 "{cls}"，或先修改政策。' },
      },
      loosens: {
        message: {
          en: 'exclusive: {own} is looser than the policy\'s {policy} for {type}: a promotion may be stricter, never looser',
          zh: 'exclusive: {own} 比政策对 {type} 的 {policy} 更宽松：促销只能更严格，不能更宽松',
        },
        hint: { en: 'Use exclusive: {policy} or stricter.', zh: '使用 exclusive: {policy} 或更严格的值。' },
      },
      other: { message: { en: 'the other promotion', zh: '另一个促销' } },
      policy: { message: { en: 'stacking rule set here', zh: '叠加规则在此设定' } },
    },
  },
  check({ proposal, pairWith, policy, catalog, report }) {
    const doc = proposal.doc;
    const spec = doc.value.spec;
    const policyPointer = `/spec/stacking/${proposal.type}`;
    for (const cls of proposal.widens) {
      const i = spec.combines_with?.indexOf(cls) ?? 0;
      report(notCombinableCheck.meta, {
        doc,
        pointer: `/spec/combines_with/${i}`,
        messageId: 'widens',
        params: { cls, type: proposal.type },
        related: policyRelated(policy, `${policyPointer}/combines_with`, 'policy'),
      });
    }
    if (proposal.loosensExclusive) {
      report(notCombinableCheck.meta, {
        doc,
        pointer: '/spec/exclusive',
        messageId: 'loosens',
        params: { own: spec.exclusive ?? '', policy: policy.stacking[proposal.type].exclusive, type: proposal.type },
        related: policyRelated(policy, `${policyPointer}/exclusive`, 'policy'),
      });
    }
    const at = doc.has('/spec/combines_with') ? '/spec/combines_with' : doc.has('/spec/exclusive') ? '/spec/exclusive' : '/spec/type';
    for (const other of pairWith) {
      // Two product-class promotions are a conflict (one wins), reported by promotion/conflict.
      if (proposal.cls === 'product' && other.cls === 'product') continue;
      const block = stackBlock(proposal, other);
      if (!block || !promotionsMeet(proposal, other, catalog)) continue;
      const params = { id: proposal.id, type: proposal.type, other: other.id, otherType: other.type, cls: proposal.cls, otherCls: other.cls };
      const related: FindingInput['related'] = [{ doc: other.doc, pointer: '/spec/type', messageId: 'other' }];
      if (block === 'handshake') {
        report(notCombinableCheck.meta, { doc, pointer: at, messageId: 'handshake', params, related });
        continue;
      }
      // The exclusive side is whichever one blocks: the proposal, or the other.
      const blocker = blockedBy(proposal, other) ? proposal : other;
      report(notCombinableCheck.meta, {
        doc,
        pointer: at,
        messageId: 'exclusive',
        params: {
          ...params,
          blocker: blocker.id,
          exclusive: block === 'global-exclusive' ? 'global' : 'class',
          scope: block === 'global-exclusive' ? 'any class' : `class ${blocker.cls}`,
        },
        related: [...related, ...policyRelated(policy, `/spec/stacking/${blocker.type}/exclusive`, 'policy')],
      });
    }
  },
};
