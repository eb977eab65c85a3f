import type { RuleMeta } from '../../rule.js';
import { parseMoney, formatFen } from '@storepolicy/schema/core';
import type { ListingRuleCheck } from '../../listing/compiled.js';

/** 明码标价和禁止价格欺诈规定 art. 13 and 19: a reference price may not exceed the 7-day lowest price. */
export const referencePrice: RuleMeta = {
  code: 'listing/reference-price',
  severity: 'error',
  law: true,
  summary: {
    en: 'The displayed reference price (划线价) is above the lowest price charged in the previous 7 days.',
    zh: '划线价高于前 7 日内的最低成交价。',
  },
  messages: {
    aboveLowest: {
      message: {
        en: 'Reference price {reference} is above the 7-day lowest price {lowest}: that is price fraud (明码标价和禁止价格欺诈规定 art. 13 and 19).',
        zh: '划线价 {reference} 高于前 7 日最低成交价 {lowest}，构成价格欺诈（明码标价和禁止价格欺诈规定第十三条、第十九条）。',
      },
      hint: { en: 'Show at most {lowest} as the reference price, or remove it.', zh: '划线价不得高于 {lowest}，或删除划线价。' },
    },
    unverifiable: {
      message: {
        en: 'Reference price {reference} is shown without `lowest_price_7d`, so it cannot be checked against the 7-day lowest price.',
        zh: '展示了划线价 {reference} 却没有填写 `lowest_price_7d`，无法核对前 7 日最低成交价。',
      },
      hint: { en: 'Add `lowest_price_7d` from the order history, or remove the reference price.', zh: '根据成交记录填写 `lowest_price_7d`，或删除划线价。' },
    },
  },
};

function fen(value: unknown): number | undefined {
  if (typeof value === 'number') {
    // Fast path for the common case (a number with at most two decimals); anything else goes through parseMoney.
    const scaled = Math.round(value * 100);
    if (value >= 0 && Math.abs(scaled - value * 100) < 1e-6 && Number.isSafeInteger(scaled)) return scaled;
  }
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    return parseMoney(value);
  } catch {
    return undefined; // malformed money is the schema layer's finding, not ours
  }
}

export const referencePriceCheck: ListingRuleCheck = (listing, context) => {
  const rule = context.policy.referencePrice;
  if (!rule.enabled) return;
  const reference = fen(listing.reference_price);
  if (reference === undefined) return;
  const lowest = fen(listing.lowest_price_7d);
  if (lowest === undefined) {
    if (rule.requireLowest) {
      context.emit(referencePrice, {
        messageId: 'unverifiable',
        pointer: '/reference_price',
        params: { reference: formatFen(reference) },
        // SPEC section 9 "A missing reference is not a pass": unverifiable is as bad as too high
        severity: rule.severity,
      });
    }
    return;
  }
  if (reference > lowest) {
    context.emit(referencePrice, {
      messageId: 'aboveLowest',
      pointer: '/reference_price',
      params: { reference: formatFen(reference), lowest: formatFen(lowest), referenceFen: reference, lowestFen: lowest },
      severity: rule.severity,
    });
  }
};
