import { defineRule } from '../../rule.js';
import { isKnownTimeZone, skippedDate } from './_clock.js';

/** Taobao/Tmall count ordinary goods not shipped within 48 h of payment as late (延迟发货). */
export const DEFAULT_PLATFORM_MAX_HOURS = 48;

export const shipWithin = defineRule({
  meta: {
    code: 'packing/ship-within',
    severity: 'error',
    summary: {
      en: 'Orders ship within the platform maximum (48 h by default, configurable) and the cut-off is a valid time in the store\'s timezone.',
      zh: '发货时效不超过平台上限（默认 48 小时，可配置），截单时间在店铺时区内有效。',
    },
    messages: {
      tooSlow: {
        message: {
          en: 'Orders ship within {hours} hours, longer than the platform maximum of {max} hours: every order shipped that late counts as late delivery (延迟发货) and may owe the buyer compensation.',
          zh: '发货时效为 {hours} 小时，超过平台上限 {max} 小时：超时发货的订单会被判为延迟发货，可能需要向买家赔付。',
        },
        hint: {
          en: 'Set ship_within_hours to {max} or less; pre-sale goods need a pre-sale listing, not a longer standard.',
          zh: '把 ship_within_hours 改为 {max} 或更少；预售商品请使用预售链接，而不是放宽发货标准。',
        },
      },
      unknownTimezone: {
        message: {
          en: 'The cut-off {cutoff} is read in the store\'s timezone "{timezone}", which is not a known IANA timezone, so nobody can tell when orders close.',
          zh: '截单时间 {cutoff} 按店铺时区 "{timezone}" 解读，但该时区不是有效的 IANA 时区，无法确定何时截单。',
        },
        hint: { en: 'Set the Store timezone to an IANA name such as Asia/Shanghai.', zh: '把店铺时区改为 IANA 名称，例如 Asia/Shanghai。' },
      },
      skippedTime: {
        message: {
          en: 'The cut-off {cutoff} does not exist on {date} in the store\'s timezone "{timezone}" (the clocks jump forward past it), so that day has no moment when orders close.',
          zh: '截单时间 {cutoff} 在店铺时区 "{timezone}" 的 {date} 不存在（夏令时跳过了该时段），当天将没有截单时刻。',
        },
        hint: { en: 'Choose a cut-off outside the daylight-saving jump, e.g. "16:00".', zh: '请选择不在夏令时跳变时段内的截单时间，例如 "16:00"。' },
      },
      platformMax: {
        message: { en: 'The platform maximum of {max} hours is set here.', zh: '平台上限 {max} 小时在此设置。' },
      },
      timezone: {
        message: { en: 'The store timezone "{timezone}" is set here.', zh: '店铺时区 "{timezone}" 在此设置。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.packing;
    if (!doc) return;
    const dispatch = doc.value.spec.dispatch;
    const max = dispatch.platform_max_hours ?? DEFAULT_PLATFORM_MAX_HOURS;
    if (dispatch.ship_within_hours > max) {
      const params = { hours: dispatch.ship_within_hours, max };
      const maxPointer = '/spec/dispatch/platform_max_hours';
      context.report({
        doc,
        pointer: '/spec/dispatch/ship_within_hours',
        messageId: 'tooSlow',
        params,
        related: doc.has(maxPointer) ? [{ doc, pointer: maxPointer, messageId: 'platformMax', params }] : [],
      });
    }
    const store = bundle.store;
    const timezone = store?.value.spec.timezone;
    if (!store || timezone === undefined) return;
    const related = (params: Record<string, string>) => [{ doc: store, pointer: '/spec/timezone', messageId: 'timezone', params }];
    if (!isKnownTimeZone(timezone)) {
      const params = { cutoff: dispatch.cutoff, timezone };
      context.report({ doc, pointer: '/spec/dispatch/cutoff', messageId: 'unknownTimezone', params, related: related(params) });
      return;
    }
    // Judged for the year the check runs in; a daylight-saving rule change shows up the next year.
    const date = skippedDate(timezone, dispatch.cutoff, context.options.now.getUTCFullYear());
    if (date !== undefined) {
      const params = { cutoff: dispatch.cutoff, timezone, date };
      context.report({ doc, pointer: '/spec/dispatch/cutoff', messageId: 'skippedTime', params, related: related(params) });
    }
  },
});
