import { formatFen } from '@storepolicy/schema';
import { cutsPrice } from '../../pricing/classes.js';
import { limitRelated, mechanicPointer } from './_check.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

/**
 * `promotion/price-floor`: the worst stacked price stays at or above
 * max(ceil(cost x (100 + min_margin)%), ceil(baseline x (100 - max_depth)%)).
 */
export const priceFloorCheck: SkuCheck = {
  meta: {
    code: 'promotion/price-floor',
    severity: 'error',
    summary: {
      en: 'The worst stacked price stays above the margin and depth floor.',
      zh: '叠加后的最低价不得低于毛利与折扣深度底线。',
    },
    messages: {
      margin: {
        message: {
          en: '{sku} ({tier}) can sell for {worst} when every promotion stacks, below the floor {floor} set by cost {cost} plus the minimum margin of {margin}%: the store loses money on each unit',
          zh: '{sku}（{tier}）在所有促销叠加时可低至 {worst}，低于由成本 {cost} 加最低毛利 {margin}% 得出的底线 {floor}：每卖一件都亏钱',
        },
        hint: { en: 'Make the promotion shallower, or exclude {sku} from it or from the order-level promotions it stacks with.', zh: '降低优惠力度，或把 {sku} 排除出本促销或与之叠加的订单级促销。' },
      },
      depth: {
        message: {
          en: '{sku} ({tier}) can sell for {worst} when every promotion stacks, below the floor {floor}: more than {maxDepth}% under its 7-day price {baseline}',
          zh: '{sku}（{tier}）在所有促销叠加时可低至 {worst}，低于底线 {floor}：比其 7 日价格 {baseline} 低了超过 {maxDepth}%',
        },
        hint: { en: 'Make the promotion shallower, or stop it stacking with order-level promotions.', zh: '降低优惠力度，或不与订单级促销叠加。' },
      },
      more: MORE_MESSAGE,
      limit: { message: { en: 'limit set here', zh: '限制在此设定' } },
    },
  },
  checkSku({ proposal, policy, item, worstRow, report }) {
    if (!worstRow || worstRow.worst >= worstRow.floor) return;
    // Only a proposal that lowers the price, or whose gift counts against the
    // margin, can be the cause; a prize draw or free shipping next to an
    // already low price is not.
    const givesAway = proposal.cls === 'gift' && proposal.giftValue > 0 && policy.limits.giftCountsInMargin;
    if (!cutsPrice(proposal.type) && !givesAway) return;
    const byMargin = worstRow.floorBy === 'margin';
    report(priceFloorCheck.meta, {
      doc: proposal.doc,
      pointer: mechanicPointer(proposal),
      messageId: byMargin ? 'margin' : 'depth',
      params: {
        sku: item.sku,
        tier: worstRow.tier,
        worst: formatFen(worstRow.worst),
        floor: formatFen(worstRow.floor),
        cost: formatFen(item.cost),
        margin: policy.limits.minMargin / 100,
        maxDepth: policy.limits.maxDepth / 100,
        baseline: formatFen(worstRow.baseline ?? item.list),
      },
      related: limitRelated(policy, byMargin ? 'minMargin' : 'maxDepth', 'limit'),
    });
  },
};
