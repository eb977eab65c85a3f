import { hours, limitRelated, type PromotionCheck } from './_check.js';

/** `promotion/lead-time`: proposed at least N hours (72) before it starts. */
export const leadTimeCheck: PromotionCheck = {
  inValidate: false,
  meta: {
    code: 'promotion/lead-time',
    severity: 'error',
    summary: { en: 'A promotion is proposed early enough before it starts.', zh: '促销需提前足够时间提报。' },
    messages: {
      tooLate: {
        message: {
          en: 'starts {start}, only {hours} h after now ({now}); the policy needs {required} h to review, set up and announce a promotion',
          zh: '开始时间 {start} 距现在（{now}）仅 {hours} 小时；政策要求至少提前 {required} 小时，以便审核、配置和公示',
        },
        hint: { en: 'Move the start at least {required} h after now, or get the policy changed.', zh: '把开始时间推迟到现在起至少 {required} 小时之后，或先修改政策。' },
      },
      limit: { message: { en: 'lead time set here', zh: '提前时间在此设定' } },
    },
  },
  check({ proposal, policy, now, report }) {
    if (!now || Number.isNaN(proposal.start)) return;
    const lead = proposal.start - now.getTime();
    const required = policy.limits.leadTimeHours;
    if (lead >= required * 3_600_000) return;
    report(leadTimeCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: 'tooLate',
      params: { start: proposal.doc.value.spec.window.start, now: now.toISOString(), hours: hours(lead), required },
      related: limitRelated(policy, 'leadTimeHours', 'limit'),
    });
  },
};
