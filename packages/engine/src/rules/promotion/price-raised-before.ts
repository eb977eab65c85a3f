import { formatFen } from '@storepolicy/schema';
import { cutsPrice } from '../../pricing/classes.js';
import { productPrice } from '../../pricing/compute.js';
import { FULL } from '../../pricing/math.js';
import { limitRelated, mechanicPointer } from './_check.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

/**
 * `promotion/price-raised-before` (law, 明码标价和禁止价格欺诈规定 art. 17):
 * the list price at the start is not above the lowest list price of the
 * look-back window by more than the tolerance (raising a price to cut it),
 * and a product promotion's own price is not above the list price.
 */
export const priceRaisedBeforeCheck: SkuCheck = {
  meta: {
    code: 'promotion/price-raised-before',
    severity: 'error',
    law: true,
    summary: {
      en: 'The list price was not raised in the look-back window before a price cut.',
      zh: '降价促销前的回看期内不得先提高日常价。',
    },
    messages: {
      raised: {
        message: {
          en: '{sku} lists at {list} at the start, above its lowest list price {lowest} in the {days} days before: raising a price in order to discount it is price fraud',
          zh: '{sku} 开始时标价 {list}，高于此前 {days} 天内的最低标价 {lowest}：先提价后打折属于价格欺诈',
        },
        hint: { en: 'Restore the list price to {lowest}, or leave {sku} out of the promotion.', zh: '把日常价恢复到 {lowest}，或把 {sku} 排除出促销。' },
      },
      aboveList: {
        message: {
          en: '{sku} sells at {price} under this promotion, above its list price {list}: a promotion that raises the price buyers pay is a false discount',
          zh: '{sku} 在本促销中售价 {price}，高于其标价 {list}：促销期间反而涨价属于虚假优惠',
        },
        hint: { en: 'Set the promotional price at or below {list}, or leave {sku} out of the promotion.', zh: '把促销价设为不高于 {list}，或把 {sku} 排除出促销。' },
      },
      more: MORE_MESSAGE,
      limit: { message: { en: 'look-back window set here', zh: '回看期在此设定' } },
    },
  },
  checkSku({ proposal, policy, item, lowestList, report }) {
    if (!cutsPrice(proposal.type)) return;
    // A fixed price above the list (SPEC section 5: p1 = f, whatever the list) raises the price at the start.
    const promoted = productPrice(proposal, item.list);
    if (promoted > item.list) {
      report(priceRaisedBeforeCheck.meta, {
        doc: proposal.doc,
        pointer: mechanicPointer(proposal),
        messageId: 'aboveList',
        params: { sku: item.sku, price: formatFen(promoted), list: formatFen(item.list) },
      });
    }
    if (lowestList === undefined) return;
    if (item.list * FULL <= lowestList * (FULL + policy.limits.priceRaiseTolerance)) return;
    const skus = proposal.doc.value.spec.scope.skus;
    const index = skus ? skus.indexOf(item.sku) : -1;
    report(priceRaisedBeforeCheck.meta, {
      doc: proposal.doc,
      pointer: index >= 0 ? `/spec/scope/skus/${index}` : '/spec/scope',
      messageId: 'raised',
      params: { sku: item.sku, list: formatFen(item.list), lowest: formatFen(lowestList), days: policy.limits.priceRaiseLookbackDays },
      related: limitRelated(policy, 'priceRaiseLookbackDays', 'limit'),
    });
  },
};
