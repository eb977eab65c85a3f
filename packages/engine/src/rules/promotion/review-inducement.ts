import type { PromotionCheck } from './_check.js';

/** The condition flags and what they ask of the customer, in words. */
const FLAGS = {
  requires_review: { en: 'a review', zh: '评价' },
  requires_good_review: { en: 'a good (five-star) review', zh: '好评（五星）' },
  requires_photo_review: { en: 'a review with photos', zh: '晒图评价' },
} as const;

/**
 * Phrases that condition a benefit on a (good or photo) review. Matched in
 * the terms as a fallback to the explicit `conditions` flags.
 */
const PATTERNS: readonly RegExp[] = [
  /好评(返现|返|送|有礼|赠|红包|奖)/,
  /(五星|5星)(好评|评价)/,
  /晒(图|单)(返|送|有礼|赠|红包|奖)/,
  /(评价|追评|晒图|好评).{0,6}(返现|红包|优惠券|立减|赠品)/,
  /\b(good|positive|5[- ]?star|five[- ]star|photo)\s+reviews?\b.{0,40}\b(cash\s*back|refund|coupon|gift|reward|bonus)/i,
  /\b(cash\s*back|refund|coupon|gift|reward|bonus)\b.{0,40}\b(good|positive|5[- ]?star|five[- ]star|photo)\s+reviews?\b/i,
];

/** `promotion/review-inducement` (law): no benefit conditioned on a good or photo review. */
export const reviewInducementCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/review-inducement',
    severity: 'error',
    law: true,
    summary: {
      en: 'No benefit is conditioned on a (good or photo) review (网络交易监督管理办法 art. 14).',
      zh: '不得以好评、晒图等评价为条件给予任何利益（网络交易监督管理办法第十四条）。',
    },
    messages: {
      condition: {
        message: {
          en: 'the benefit requires {what}: cash back, red packets or vouchers for reviews fabricate reputation and are unlawful',
          zh: '该优惠以{whatZh}为条件：以返现、红包、卡券换取评价属于虚构交易评价，违法',
        },
        hint: { en: 'Remove `{flag}`; a benefit may never depend on a review.', zh: '删除 `{flag}`；任何优惠都不得与评价挂钩。' },
      },
      terms: {
        message: {
          en: 'the terms tie a benefit to a review ("{phrase}"): cash back, red packets or vouchers for reviews are unlawful',
          zh: '规则把优惠与评价挂钩（"{phrase}"）：以返现、红包、卡券换取评价违法',
        },
        hint: { en: 'Reword the terms so no benefit depends on a review.', zh: '修改规则文字，使任何优惠都不依赖评价。' },
      },
    },
  },
  check({ proposal, report }) {
    const spec = proposal.doc.value.spec;
    for (const [flag, what] of Object.entries(FLAGS)) {
      if (spec.conditions?.[flag as keyof typeof FLAGS] !== true) continue;
      report(reviewInducementCheck.meta, {
        doc: proposal.doc,
        pointer: `/spec/conditions/${flag}`,
        messageId: 'condition',
        params: { flag, what: what.en, whatZh: what.zh },
      });
    }
    for (const lang of ['zh', 'en'] as const) {
      const text = spec.terms?.[lang];
      if (!text) continue;
      for (const pattern of PATTERNS) {
        const match = pattern.exec(text);
        if (!match) continue;
        report(reviewInducementCheck.meta, { doc: proposal.doc, pointer: `/spec/terms/${lang}`, messageId: 'terms', params: { phrase: match[0] } });
        break;
      }
    }
  },
};
