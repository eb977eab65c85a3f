import { formatFen } from '@storepolicy/schema';
import { cutsPrice } from '../../pricing/classes.js';
import type { CompiledPromotion } from '../../pricing/compile.js';
import type { ResolvedPolicy } from '../../pricing/policy.js';
import type { RelatedInput } from '../../rule.js';
import { limitRelated, mechanicPointer } from './_check.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

/** Whether a promotion in a stack lowers what the store keeps: a price cut, or a gift counted in the margin. */
export function lowersPrice(p: CompiledPromotion, policy: ResolvedPolicy): boolean {
  return cutsPrice(p.type) || (p.cls === 'gift' && p.giftValue > 0 && policy.limits.giftCountsInMargin);
}

/**
 * `promotion/price-floor`: the worst stacked price stays at or above
 * max(ceil(cost x (100 + min_margin)%) [+ gifts], ceil(baseline x (100 - max_depth)%)).
 * Every row of the price table that is below its floor gets a finding (SPEC
 * section 9), on the proposal that labels it: when that proposal does not
 * lower the price itself (a prize draw next to a calendar that already
 * stacks too deep), the finding says so and points at the promotions that do.
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
          en: '{sku} ({tier}) can sell for {worst} when every promotion stacks, below the floor {floor} set by cost {cost} plus the minimum margin of {margin}%{belowCost, plural, =1 {: below the cost itself, so the store loses money on each unit} other {}}',
          zh: '{sku}（{tier}）在所有促销叠加时可低至 {worst}，低于由成本 {cost} 加最低毛利 {margin}% 得出的底线 {floor}{belowCost, plural, =1 {：低于成本本身，每卖一件都亏钱} other {}}',
        },
        hint: { en: 'Make the promotion shallower, or exclude {sku} from it or from the order-level promotions it stacks with.', zh: '降低优惠力度，或把 {sku} 排除出本促销或与之叠加的订单级促销。' },
      },
      marginGift: {
        message: {
          en: '{sku} ({tier}) can sell for {worst} when every promotion stacks, below the floor {floor} set by cost {cost} (unit cost {unitCost} plus gifts worth {gifts} given with it) plus the minimum margin of {margin}%{belowCost, plural, =1 {: below the cost itself, so the store loses money on each unit} other {}}',
          zh: '{sku}（{tier}）在所有促销叠加时可低至 {worst}，低于由成本 {cost}（单位成本 {unitCost} 加随单赠品价值 {gifts}）加最低毛利 {margin}% 得出的底线 {floor}{belowCost, plural, =1 {：低于成本本身，每卖一件都亏钱} other {}}',
        },
        hint: {
          en: 'Make the promotion shallower, give the gift only with dearer products, or exclude {sku}.',
          zh: '降低优惠力度，只对更高价的商品赠送赠品，或把 {sku} 排除在外。',
        },
      },
      depth: {
        message: {
          en: '{sku} ({tier}) can sell for {worst} when every promotion stacks, below the floor {floor}: more than {maxDepth}% under its 7-day price {baseline}',
          zh: '{sku}（{tier}）在所有促销叠加时可低至 {worst}，低于底线 {floor}：比其 7 日价格 {baseline} 低了超过 {maxDepth}%',
        },
        hint: { en: 'Make the promotion shallower, or stop it stacking with order-level promotions.', zh: '降低优惠力度，或不与订单级促销叠加。' },
      },
      stack: {
        message: {
          en: '{sku} ({tier}) can sell for {worst} while this promotion runs, below the floor {floor}: {causes} already stack below it',
          zh: '本促销进行期间，{sku}（{tier}）可低至 {worst}，低于底线 {floor}：{causes} 叠加后已低于底线',
        },
        hint: {
          en: 'Narrow or end the promotions that stack below the floor (see the related locations), or exclude {sku}; this promotion does not lower the price itself.',
          zh: '收窄或结束叠加后低于底线的促销（见相关位置），或把 {sku} 排除在外；本促销本身并不降价。',
        },
      },
      more: MORE_MESSAGE,
      limit: { message: { en: 'limit set here', zh: '限制在此设定' } },
      cause: { message: { en: '"{id}" lowers the price here', zh: '"{id}" 在此降价' } },
    },
  },
  checkSku({ proposal, policy, item, rows, owns, promotionById, report }) {
    for (const row of rows) {
      if (row.worst >= row.floor || !owns(row)) continue;
      // Built only when kept: past the first few, below-floor rows are only counted.
      report(priceFloorCheck.meta, () => {
        const byMargin = row.floorBy === 'margin';
        const gifts = (row.cost ?? item.cost) - item.cost;
        const params = {
          sku: item.sku,
          tier: row.tier,
          worst: formatFen(row.worst),
          floor: formatFen(row.floor),
          cost: formatFen(row.cost ?? item.cost),
          unitCost: formatFen(item.cost),
          gifts: formatFen(gifts),
          margin: policy.limits.minMargin / 100,
          maxDepth: policy.limits.maxDepth / 100,
          baseline: formatFen(row.baseline ?? item.list),
          // a price above cost but under the margin floor is not a loss: say "loses money" only when it is
          belowCost: row.worst < (row.cost ?? item.cost) ? 1 : 0,
        };
        const limit = limitRelated(policy, byMargin ? 'minMargin' : 'maxDepth', 'limit');
        const applied = (row.promotions ?? []).map(promotionById).filter((p): p is CompiledPromotion => p !== undefined);
        const causes = applied.filter((p) => p !== proposal && lowersPrice(p, policy));
        if (lowersPrice(proposal, policy) && applied.includes(proposal)) {
          return {
            doc: proposal.doc,
            pointer: mechanicPointer(proposal),
            messageId: byMargin ? (gifts > 0 ? 'marginGift' : 'margin') : 'depth',
            params,
            related: [...limit, ...causes.filter((p) => !p.memberBenefit).map(causeRelated)],
          };
        }
        return {
          doc: proposal.doc,
          pointer: mechanicPointer(proposal),
          messageId: 'stack',
          params: { ...params, causes: causes.length > 0 ? causes.map((p) => p.id).join(' + ') : 'the member price' },
          related: [...causes.filter((p) => !p.memberBenefit).map(causeRelated), ...limit],
        };
      });
    }
  },
};

function causeRelated(p: CompiledPromotion): RelatedInput {
  return { doc: p.doc, pointer: mechanicPointer(p), messageId: 'cause', params: { id: p.id } };
}
