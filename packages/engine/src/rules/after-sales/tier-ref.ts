import { defineRule } from '../../rule.js';

/** A return-shipping benefit for a tier that does not exist is a promise nobody can claim. */
export const tierRef = defineRule({
  meta: {
    code: 'after-sales/tier-ref',
    severity: 'error',
    summary: {
      en: 'Member tiers named in the after-sales policy exist in MemberTiers.',
      zh: '售后政策中引用的会员等级必须在会员等级文档中存在。',
    },
    messages: {
      unknownTier: {
        message: {
          en: 'Tier "{tier}" does not exist in the store\'s MemberTiers (tiers: {known}), so this return-shipping benefit applies to nobody.',
          zh: '会员等级 "{tier}" 在本店会员等级文档中不存在（现有等级：{known}），这项退货运费权益不会对任何人生效。',
        },
        hint: { en: 'Use one of: {known}, or add the tier to MemberTiers.', zh: '改用 {known} 之一，或在会员等级文档中添加该等级。' },
      },
      noTiers: {
        message: {
          en: 'Tier "{tier}" is named, but store "{store}" has no MemberTiers document.',
          zh: '引用了会员等级 "{tier}"，但店铺 "{store}" 没有会员等级（MemberTiers）文档。',
        },
        hint: { en: 'Add member-tiers.yaml for this store, or remove the tier benefit.', zh: '为本店添加 member-tiers.yaml，或删除该等级权益。' },
      },
      tiers: {
        message: { en: 'The store\'s tiers are defined here.', zh: '本店会员等级在此定义。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.afterSales;
    if (!doc) return;
    const tiersDoc = bundle.memberTiers;
    const known = [...new Set(tiersDoc?.value.spec.tiers.map((t) => t.id) ?? [])];
    (doc.value.spec.return_shipping.tier_benefits ?? []).forEach((benefit, index) => {
      if (known.includes(benefit.tier)) return;
      const pointer = `/spec/return_shipping/tier_benefits/${index}/tier`;
      if (!tiersDoc) {
        context.report({ doc, pointer, messageId: 'noTiers', params: { tier: benefit.tier, store: bundle.id } });
        return;
      }
      const params = { tier: benefit.tier, known: known.join(', ') };
      context.report({
        doc,
        pointer,
        messageId: 'unknownTier',
        params,
        related: [{ doc: tiersDoc, pointer: '/spec/tiers', messageId: 'tiers', params }],
      });
    });
  },
});
