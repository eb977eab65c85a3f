import { defineRule } from '../../rule.js';

/** 网络购买商品七日无理由退货暂行办法 art. 10: seven days, from the day after sign-for. */
export const LEGAL_MIN_RETURN_DAYS = 7;

export const returnDays = defineRule({
  meta: {
    code: 'after-sales/return-days',
    severity: 'error',
    law: true,
    summary: {
      en: 'The no-reason return window is at least 7 days, counted from the day after sign-for.',
      zh: '无理由退货期限不少于 7 天，自签收次日起算。',
    },
    messages: {
      tooShort: {
        message: {
          en: 'No-reason returns are allowed for {days} days, but online sellers must accept them for at least {min} days counted from the day after the buyer signs for the goods (网络购买商品七日无理由退货暂行办法 art. 10).',
          zh: '无理由退货期限为 {days} 天，但网络商品销售者必须自消费者签收商品次日起至少 {min} 天内接受无理由退货（《网络购买商品七日无理由退货暂行办法》第十条）。',
        },
        hint: {
          en: 'Set days to {min} or more. Goods the law exempts (custom-made, fresh, digital, periodicals) go under statutory_exemptions instead.',
          zh: '把 days 改为 {min} 或更多。法定不适用的商品（定作、鲜活易腐、数字化商品、报刊）请列入 statutory_exemptions。',
        },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.afterSales;
    if (!doc) return;
    const days = doc.value.spec.no_reason_returns.days;
    if (days >= LEGAL_MIN_RETURN_DAYS) return;
    context.report({
      doc,
      pointer: '/spec/no_reason_returns/days',
      messageId: 'tooShort',
      params: { days, min: LEGAL_MIN_RETURN_DAYS },
    });
  },
});
