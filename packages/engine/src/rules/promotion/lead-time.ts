import { storeTime } from '../../pricing/store-time.js';
import { storeTimeZone } from '../../pricing/tiers.js';
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
      alreadyStarted: {
        message: {
          en: 'starts {start}, which is already {hours} h in the past (now is {now}); the policy needs a promotion proposed {required} h before it starts',
          zh: '开始时间 {start} 已经过去 {hours} 小时（现在是 {now}）；政策要求促销至少在开始前 {required} 小时提报',
        },
        hint: { en: 'Move the start at least {required} h after now, or get the policy changed.', zh: '把开始时间推迟到现在起至少 {required} 小时之后，或先修改政策。' },
      },
      limit: { message: { en: 'lead time set here', zh: '提前时间在此设定' } },
    },
  },
  check({ bundle, proposal, policy, now, report }) {
    if (!now || Number.isNaN(proposal.start)) return;
    const lead = proposal.start - now.getTime();
    const required = policy.limits.leadTimeHours;
    if (lead >= required * 3_600_000) return;
    // both instants on the store's clock (Store spec.timezone), to the second, whatever offset the start was written in
    const zone = storeTimeZone(bundle);
    report(leadTimeCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: lead < 0 ? 'alreadyStarted' : 'tooLate',
      params: {
        start: storeTime(proposal.start, zone),
        now: storeTime(now, zone),
        hours: hours(Math.abs(lead)),
        required,
      },
      related: limitRelated(policy, 'leadTimeHours', 'limit'),
    });
  },
};
