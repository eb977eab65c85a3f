import type { PolicyDocument } from '@storepolicy/schema';
import type { PromotionCheck } from './_check.js';

/** `promotion/unknown-tier`: tiers a promotion names exist in MemberTiers. */
export const unknownTierCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/unknown-tier',
    severity: 'error',
    summary: { en: 'Tiers named in a promotion exist in MemberTiers.', zh: '促销中指定的会员等级必须在会员等级中存在。' },
    messages: {
      unknown: {
        message: {
          en: 'tier "{tier}" is not defined in MemberTiers (known: {known}), so no customer would ever get this promotion through it',
          zh: '会员等级 "{tier}" 未在会员等级中定义（已有：{known}），没有顾客能以此等级享受该促销',
        },
        hint: { en: 'Use one of {known}, or add the tier to member-tiers.yaml first.', zh: '改用 {known} 之一，或先在 member-tiers.yaml 中添加该等级。' },
      },
      tiers: { message: { en: 'tiers defined here', zh: '会员等级在此定义' } },
    },
  },
  check({ bundle, proposal, report }) {
    const tiersDoc = bundle.memberTiers;
    const tiers = proposal.doc.value.spec.tiers;
    if (!tiersDoc || !tiers) return;
    const known = tiersDoc.value.spec.tiers.map((t) => t.id);
    tiers.forEach((tier, i) => {
      if (known.includes(tier)) return;
      report(unknownTierCheck.meta, {
        doc: proposal.doc,
        pointer: `/spec/tiers/${i}`,
        messageId: 'unknown',
        params: { tier, known: known.join(', ') },
        related: [{ doc: tiersDoc as PolicyDocument, pointer: '/spec/tiers', messageId: 'tiers' }],
      });
    });
  },
};
