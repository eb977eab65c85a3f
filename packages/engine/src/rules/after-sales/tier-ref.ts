import type { AfterSalesPolicy, MemberTiers, PolicyDocument } from '@storepolicy/schema';
import { defineRule, type RuleContext } from '../../rule.js';

/**
 * A return-shipping benefit for a tier that does not exist is a promise nobody
 * can claim; a tier promised free return shipping that this policy ignores is
 * a promise customer service will break.
 */
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
      promiseMissing: {
        message: {
          en: 'Tier "{tier}" is promised free return shipping in MemberTiers, but this policy has buyers pay for no-reason returns and no tier benefit for "{tier}": customer service would follow this file and break the promise.',
          zh: '会员等级 "{tier}" 在会员等级文档中享有退货包运费，但本政策规定无理由退货由买家付运费，且没有为 "{tier}" 设置等级权益：客服按本文件执行就会违背会员承诺。',
        },
        hint: {
          en: 'Add `- {tier: {tier}, seller_pays: [no_reason]}` under return_shipping.tier_benefits, or remove free_return_shipping from the tier.',
          zh: '在 return_shipping.tier_benefits 下添加 `- {tier: {tier}, seller_pays: [no_reason]}`，或取消该等级的 free_return_shipping。',
        },
      },
      promise: {
        message: { en: 'Tier "{tier}" is promised free return shipping here.', zh: '会员等级 "{tier}" 的退货包运费权益在此承诺。' },
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
        if (bundle.invalidKinds.has('MemberTiers')) return; // its schema findings come first
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
    if (tiersDoc) checkPromises(doc, tiersDoc, context);
  },
});

/**
 * A tier with `free_return_shipping` in MemberTiers must find that promise
 * here too: the store pays no-reason return shipping for everyone, or for
 * that tier. A contradiction is a warning, since the member page wins in a dispute.
 */
function checkPromises(
  doc: PolicyDocument<AfterSalesPolicy>,
  tiersDoc: PolicyDocument<MemberTiers>,
  context: RuleContext,
): void {
  const shipping = doc.value.spec.return_shipping;
  if (shipping.by_reason.no_reason === 'seller') return;
  const covered = new Set(
    (shipping.tier_benefits ?? []).filter((b) => b.seller_pays.includes('no_reason')).map((b) => b.tier),
  );
  const pointer = doc.has('/spec/return_shipping/tier_benefits') ? '/spec/return_shipping/tier_benefits' : '/spec/return_shipping';
  tiersDoc.value.spec.tiers.forEach((tier, index) => {
    if (!tier.benefits.free_return_shipping || covered.has(tier.id)) return;
    const params = { tier: tier.id };
    context.report({
      doc,
      pointer,
      atKey: true,
      severity: 'warning',
      messageId: 'promiseMissing',
      params,
      related: [{ doc: tiersDoc, pointer: `/spec/tiers/${index}/benefits/free_return_shipping`, messageId: 'promise', params }],
    });
  });
}
