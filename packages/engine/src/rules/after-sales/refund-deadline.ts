import { defineRule } from '../../rule.js';

/** 网络购买商品七日无理由退货暂行办法 art. 13: refund within 7 days of receiving the return. */
export const LEGAL_MAX_REFUND_DAYS = 7;

export const refundDeadline = defineRule({
  meta: {
    code: 'after-sales/refund-deadline',
    severity: 'error',
    law: true,
    summary: {
      en: 'The price is refunded within 7 days of receiving the returned goods.',
      zh: '收到退回商品后 7 日内退还货款。',
    },
    messages: {
      tooLate: {
        message: {
          en: 'Refunds are promised within {days} days of receiving the return, but the law requires at most {max} days (网络购买商品七日无理由退货暂行办法 art. 13).',
          zh: '退款时限为收到退货后 {days} 天，但法律要求不超过 {max} 天（《网络购买商品七日无理由退货暂行办法》第十三条）。',
        },
        hint: {
          en: 'Set refund_within_days to {max} or less; platforms and buyers expect far less (1-3 days).',
          zh: '把 refund_within_days 改为 {max} 或更少；平台和买家的期望通常是 1-3 天。',
        },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.afterSales;
    if (!doc) return;
    const days = doc.value.spec.refund_within_days;
    if (days <= LEGAL_MAX_REFUND_DAYS) return;
    context.report({
      doc,
      pointer: '/spec/refund_within_days',
      messageId: 'tooLate',
      params: { days, max: LEGAL_MAX_REFUND_DAYS },
    });
  },
});
