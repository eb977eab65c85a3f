import { hours, limitRelated, type PromotionCheck } from './_check.js';

/** `promotion/duration`: between the policy's shortest and longest promotion. */
export const durationCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/duration',
    severity: 'error',
    summary: { en: 'A promotion lasts between the policy minimum and maximum.', zh: '促销时长在政策规定的最短与最长之间。' },
    messages: {
      tooShort: {
        message: {
          en: 'runs {hours} h, shorter than the policy minimum of {min} h: customers cannot reasonably see and use it',
          zh: '持续 {hours} 小时，短于政策最短 {min} 小时：顾客来不及看到和使用',
        },
        hint: { en: 'Lengthen the window to at least {min} h.', zh: '把时间窗口延长到至少 {min} 小时。' },
      },
      tooLong: {
        message: {
          en: 'runs {days} days, longer than the policy maximum of {max} days: a permanent "promotion" price is the real price',
          zh: '持续 {days} 天，超过政策最长 {max} 天：长期"促销"价实际就是日常价',
        },
        hint: { en: 'End it within {max} days, or change the list price instead.', zh: '在 {max} 天内结束，或直接调整日常价。' },
      },
      limit: { message: { en: 'duration limit set here', zh: '时长限制在此设定' } },
    },
  },
  check({ proposal, policy, report }) {
    const length = proposal.end - proposal.start;
    if (!(length > 0)) return;
    const { minDurationHours, maxDurationDays } = policy.limits;
    if (length < minDurationHours * 3_600_000) {
      report(durationCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/window/end',
        messageId: 'tooShort',
        params: { hours: hours(length), min: minDurationHours },
        related: limitRelated(policy, 'minDurationHours', 'limit'),
      });
    } else if (length > maxDurationDays * 86_400_000) {
      report(durationCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/window/end',
        messageId: 'tooLong',
        params: { days: Math.round((length / 86_400_000) * 10) / 10, max: maxDurationDays },
        related: limitRelated(policy, 'maxDurationDays', 'limit'),
      });
    }
  },
};
