import type { RuleMeta } from '../../rule.js';
import { relatedAt, type ListingRuleCheck } from '../../listing/compiled.js';

/** A listing may not promise more (later shipping) than the store's packing standard. */
export const shipPromise: RuleMeta = {
  code: 'listing/ship-promise',
  severity: 'error',
  summary: {
    en: 'The promised ship-within hours exceed the packing standard.',
    zh: '承诺的发货时效超过包装发货标准。',
  },
  messages: {
    tooLate: {
      message: {
        en: 'The listing promises shipping within {promised} h, but the packing standard ships every order within {limit} h.',
        zh: '商品承诺 {promised} 小时内发货，而包装发货标准要求 {limit} 小时内发货。',
      },
      hint: { en: 'Promise at most {limit} h, or change the packing standard first.', zh: '承诺不超过 {limit} 小时，或先修改包装发货标准。' },
    },
    limitHere: { message: { en: 'ship-within {limit} h set here', zh: '发货时效 {limit} 小时在此设置' } },
  },
};

export const shipPromiseCheck: ListingRuleCheck = (listing, context) => {
  const promised = listing.ship_within_hours;
  const limit = context.policy.shipWithin;
  if (typeof promised !== 'number' || !limit || promised <= limit.hours) return;
  context.emit(shipPromise, {
    messageId: 'tooLate',
    pointer: '/ship_within_hours',
    params: { promised, limit: limit.hours },
    related: relatedAt(shipPromise, limit.place, 'limitHere', { limit: limit.hours }),
  });
};
