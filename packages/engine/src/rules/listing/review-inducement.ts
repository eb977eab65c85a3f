import type { RuleMeta } from '../../rule.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';
import { emitTextHits } from './_text-hits.js';

/** 网络交易监督管理办法 art. 14: no cash, red packets or vouchers for good reviews. */
export const reviewInducement: RuleMeta = {
  code: 'listing/review-inducement',
  severity: 'error',
  law: true,
  summary: {
    en: 'Offers that pay for good reviews (好评返现, 晒图返现, 五星好评送 ...).',
    zh: '以返现、红包、赠品等诱导好评（好评返现、晒图返现、五星好评送等）。',
  },
  messages: {
    found: {
      message: {
        en: '"{term}" pays for a good review, which is unlawful ({source}).',
        zh: '"{term}" 属于以利益诱导好评，违法（{source}）。',
      },
      hint: {
        en: 'Remove the offer. You may invite honest reviews, but not reward only good ones.',
        zh: '删除该承诺。可以邀请真实评价，但不能只为好评提供利益。',
      },
    },
    setHere: { message: { en: 'term set "{set}" defined here', zh: '词集 "{set}" 在此定义' } },
  },
};

/** Reported from the shared text pass (src/listing/text-scan.ts). */
export const reviewInducementCheck: ListingRuleCheck = emitTextHits(reviewInducement);
