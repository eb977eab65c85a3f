import { scopesMeet, tiersMeet } from '../../pricing/overlap.js';
import { limitRelated, type PromotionCheck } from './_check.js';

/**
 * `promotion/cut-frequency`: at most N (2) price cuts on one SKU in any
 * rolling 30 days. A price cut is a product-class promotion (flash sale,
 * time-limited or product discount): it changes the price the product page
 * shows. Order-level 满减 and coupons leave the product price alone and
 * usually run store-wide for a whole season, so they are not counted.
 */
export const cutFrequencyCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/cut-frequency',
    severity: 'warning',
    summary: {
      en: 'At most N product price cuts on one SKU in any rolling window.',
      zh: '同一 SKU 在任意滚动窗口内的降价促销不超过 N 次。',
    },
    messages: {
      tooOften: {
        message: {
          en: '{count} price-cutting promotions start on the same products within {days} days ({ids}), more than {max}: frequent cuts teach customers to wait and erode the list price',
          zh: '{days} 天内有 {count} 个降价促销作用于相同商品（{ids}），超过 {max} 个：频繁降价会让顾客等待降价、削弱日常价',
        },
        hint: { en: 'Space the price cuts out, or use a non-price lever (free shipping, gifts).', zh: '拉开降价间隔，或改用非价格手段（包邮、赠品）。' },
      },
      limit: { message: { en: 'frequency limit set here', zh: '频率上限在此设定' } },
    },
  },
  check({ proposal, others, policy, catalog, report }) {
    if (proposal.cls !== 'product' || Number.isNaN(proposal.start)) return;
    const { cutFrequencyMax: max, cutFrequencyWindowDays: days } = policy.limits;
    const span = days * 86_400_000;
    const starts = others
      .filter((o) => o.cls === 'product' && Math.abs(o.start - proposal.start) < span && tiersMeet(proposal, o) && scopesMeet(proposal, o, catalog))
      .sort((a, b) => a.start - b.start);
    // Slide a window of `days` over the starts; it must contain the proposal's start.
    let worst: typeof starts = [];
    for (let i = 0; i < starts.length; i++) {
      const from = Math.min(starts[i]!.start, proposal.start);
      const group = starts.filter((o) => o.start >= from && o.start < from + span);
      if (proposal.start < from + span && group.length > worst.length) worst = group;
    }
    const count = worst.length + 1;
    if (count <= max) return;
    report(cutFrequencyCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: 'tooOften',
      params: { count, days, max, ids: [proposal.id, ...worst.map((o) => o.id)].join(', ') },
      related: limitRelated(policy, 'cutFrequencyMax', 'limit'),
    });
  },
};
