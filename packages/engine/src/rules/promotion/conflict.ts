import { promotionsMeet } from '../../pricing/overlap.js';
import { policyRelated, type PromotionCheck } from './_check.js';

/** `promotion/conflict`: two product-class promotions meet on a SKU; one loses. */
export const conflictCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/conflict',
    severity: 'info',
    summary: {
      en: 'Two product-class promotions meet on one SKU: only the higher-priority one applies.',
      zh: '两个商品级促销在同一 SKU 上重叠：只有优先级更高的生效。',
    },
    messages: {
      overlaps: {
        message: {
          en: '{type} "{id}" and {otherType} "{other}" are both product-class promotions on the same SKUs, tiers and time; only one price cut applies per SKU and "{winner}" wins',
          zh: '{type}"{id}" 与 {otherType}"{other}" 都是商品级促销，在相同的 SKU、等级和时间上重叠；每个 SKU 只能应用一个商品级优惠，"{winner}" 胜出',
        },
        hint: {
          en: 'Narrow the scope or window so they do not meet, or drop the one that loses.',
          zh: '缩小范围或时间窗口使两者不重叠，或去掉落败的促销。',
        },
      },
      tie: {
        message: {
          en: '{type} "{id}" and "{other}" are both {type} promotions on the same SKUs, tiers and time; per SKU the lower price wins, then the lexically smaller id',
          zh: '{type}"{id}" 与 "{other}" 是同类促销，在相同的 SKU、等级和时间上重叠；每个 SKU 取价格更低者，再按 id 字典序',
        },
        hint: { en: 'Merge them into one promotion, or split their scopes.', zh: '合并为一个促销，或拆分它们的范围。' },
      },
      other: { message: { en: 'the other promotion', zh: '另一个促销' } },
      setting: { message: { en: 'conflicts are reported as errors here', zh: '此处设定冲突按错误处理' } },
    },
  },
  check({ proposal, pairWith, policy, catalog, report }) {
    if (proposal.cls !== 'product') return;
    for (const other of pairWith) {
      if (other.cls !== 'product' || !promotionsMeet(proposal, other, catalog)) continue;
      const tie = proposal.rank === other.rank;
      const winner = proposal.rank < other.rank ? proposal : other;
      report(conflictCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/type',
        messageId: tie ? 'tie' : 'overlaps',
        severity: policy.conflicts,
        params: { id: proposal.id, type: proposal.type, other: other.id, otherType: other.type, winner: winner.id },
        related: [
          { doc: other.doc, pointer: '/spec/type', messageId: 'other' },
          ...(policy.conflicts === 'error' ? policyRelated(policy, '/spec/conflicts', 'setting') : []),
        ],
      });
    }
  },
};
