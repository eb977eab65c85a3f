import type { RuleMeta } from '../../rule.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';
import { emitTextHits } from './_text-hits.js';

/** 广告法 art. 9(3) absolute terms and any store-banned words. */
export const bannedTerm: RuleMeta = {
  code: 'listing/banned-term',
  severity: 'error',
  law: true,
  summary: {
    en: 'Absolute or banned terms (广告法 art. 9(3): 最佳, 第一, 全网最低 ...) in the listing text.',
    zh: '商品文字含绝对化用语或禁用词（广告法第九条第三项：最佳、第一、全网最低等）。',
  },
  messages: {
    found: {
      message: {
        en: '"{term}" is banned by term set "{set}" ({source}).',
        zh: '"{term}" 属于禁用词集 "{set}"（{source}）。',
      },
      hint: {
        en: 'Remove "{term}" or replace it with a verifiable fact (e.g. a test result or a sales figure with its source and date).',
        zh: '删除 "{term}"，或改为可证实的客观描述（如注明来源和日期的检测结果、销量）。',
      },
    },
    setHere: { message: { en: 'term set "{set}" defined here', zh: '禁用词集 "{set}" 在此定义' } },
  },
};

/** Reported from the shared text pass (src/listing/text-scan.ts). */
export const bannedTermCheck: ListingRuleCheck = emitTextHits(bannedTerm);
