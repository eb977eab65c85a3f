import { CLASS_OF, cutsPrice } from '../../pricing/classes.js';
import { promotionsMeet } from '../../pricing/overlap.js';
import { policyRelated, type PromotionCheck } from './_check.js';

/**
 * `promotion/lever-priority` (info by default): a price cut while a
 * higher-priority non-price lever (free shipping, gift, free return shipping)
 * is not in use on the same products. Price wars hurt the brand; the levers
 * that do not cut price come first (store-operations practice).
 */
export const leverPriorityCheck: PromotionCheck = {
  inValidate: false,
  meta: {
    code: 'promotion/lever-priority',
    severity: 'info',
    summary: {
      en: 'A price cut is proposed while a higher-priority non-price lever is unused.',
      zh: '在更优先的非价格手段未使用时就提出降价。',
    },
    messages: {
      unusedLevers: {
        message: {
          en: '{type} cuts the price while {levers} (ranked higher in the policy) are not in use on these products: price cuts are the last resort',
          zh: '{type} 直接降价，而政策中排序更靠前的 {levers} 尚未在这些商品上使用：降价应是最后手段',
        },
        hint: { en: 'Try {levers} first, or document why a price cut is needed.', zh: '先尝试 {levers}，或说明必须降价的理由。' },
      },
      priority: { message: { en: 'lever priority set here', zh: '手段优先级在此设定' } },
    },
  },
  check({ proposal, others, policy, catalog, report }) {
    if (policy.leverPrioritySeverity === 'off' || !cutsPrice(proposal.type)) return;
    const unused = policy.priority
      .slice(0, proposal.rank)
      .filter((type) => CLASS_OF[type] === 'shipping' || (CLASS_OF[type] === 'gift' && type !== 'prize_draw'))
      .filter((type) => !others.some((o) => o.type === type && promotionsMeet(proposal, o, catalog)));
    if (unused.length === 0) return;
    report(leverPriorityCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/type',
      messageId: 'unusedLevers',
      severity: policy.leverPrioritySeverity,
      params: { type: proposal.type, levers: unused.join(', ') },
      related: policyRelated(policy, '/spec/priority', 'priority'),
    });
  },
};
