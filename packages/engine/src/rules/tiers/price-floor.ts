import { defineRule } from '../../rule.js';
import { DEFAULT_MIN_PRICE_PERCENT, tierPointer } from './_tiers.js';

/**
 * Member prices below the floor are refused by the Taobao CRM member-grade
 * API (7折), and are a price war on the store's own best customers. The upper
 * bound (100) is enforced by the schema's `percent` type.
 */
export const priceFloor = defineRule({
  meta: {
    code: 'tiers/price-floor',
    severity: 'error',
    summary: {
      en: 'A member price is at least 70% of the normal price (configurable) and at most 100%.',
      zh: '会员价不得低于原价的 70%（可配置），也不得高于 100%。',
    },
    messages: {
      belowFloor: {
        message: {
          en: 'Tier "{tier}" pays {value}% of the price, below the floor of {floor}%: the Taobao CRM member-grade API refuses member discounts below 70% and deep member discounts start a price war with yourself.',
          zh: '等级 "{tier}" 支付原价的 {value}%，低于下限 {floor}%：淘宝 CRM 会员等级接口不接受低于 7 折的会员折扣，过低的会员价等于自己打价格战。',
        },
        hint: {
          en: 'Raise price_percent to at least {floor}, and give this tier non-price benefits (free shipping, free return shipping, points) instead.',
          zh: '把 price_percent 提高到 {floor} 以上，改用包邮、退货包运费、积分等非价格权益。',
        },
      },
      floor: {
        message: { en: 'The floor of {floor}% is set here.', zh: '下限 {floor}% 在此设置。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.memberTiers;
    if (!doc) return;
    const floor = doc.value.spec.rules?.min_price_percent ?? DEFAULT_MIN_PRICE_PERCENT;
    const floorPointer = '/spec/rules/min_price_percent';
    doc.value.spec.tiers.forEach((tier, index) => {
      if (tier.benefits.price_percent >= floor) return;
      const params = { tier: tier.id, value: tier.benefits.price_percent, floor };
      context.report({
        doc,
        pointer: tierPointer(index, 'benefits', 'price_percent'),
        messageId: 'belowFloor',
        params,
        related: doc.has(floorPointer) ? [{ doc, pointer: floorPointer, messageId: 'floor', params }] : [],
      });
    });
  },
});
