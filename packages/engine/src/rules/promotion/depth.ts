import { formatFen } from '@storepolicy/schema';
import { productPrice } from '../../pricing/compute.js';
import { FULL } from '../../pricing/math.js';
import { limitRelated, mechanicPointer, type PromotionCheck } from './_check.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

const meta = {
  code: 'promotion/depth',
  severity: 'error' as const,
  summary: {
    en: "A promotion's own cut is not deeper than the policy's max_depth.",
    zh: '单个促销自身的降价幅度不超过政策的 max_depth。',
  },
  messages: {
    percent: {
      message: {
        en: '{percent}% off is deeper than the policy maximum of {max}%: deep cuts train customers to wait for sales and invite price wars',
        zh: '{percent}% 的折扣超过政策上限 {max}%：过深的折扣会让顾客只等大促，并引发价格战',
      },
      hint: { en: 'Cut at most {max}%, or use a non-price lever.', zh: '折扣不超过 {max}%，或改用非价格手段。' },
    },
    sku: {
      message: {
        en: 'on {sku} the promotion price {price} is {percent}% below the list price {list}, deeper than the policy maximum of {max}%',
        zh: '{sku} 的促销价 {price} 比日常价 {list} 低 {percent}%，超过政策上限 {max}%',
      },
      hint: { en: 'Raise the promotion price to at least {minPrice}.', zh: '把促销价提高到至少 {minPrice}。' },
    },
    more: MORE_MESSAGE,
    limit: { message: { en: 'max_depth set here', zh: 'max_depth 在此设定' } },
  },
};

function percentText(bp: number): number {
  return Math.round(bp) / 100;
}

/** `promotion/depth`, document part: a percent-off deeper than max_depth. */
export const depthCheck: PromotionCheck = {
  inValidate: true,
  meta,
  check({ proposal, policy, report }) {
    const m = proposal.product;
    if (m.kind !== 'percent' || m.basisPoints <= policy.limits.maxDepth) return;
    report(meta, {
      doc: proposal.doc,
      pointer: '/spec/percent_off',
      messageId: 'percent',
      params: { percent: percentText(m.basisPoints), max: percentText(policy.limits.maxDepth) },
      related: limitRelated(policy, 'maxDepth', 'limit'),
    });
  },
};

/** `promotion/depth`, SKU part: an amount off or fixed price that cuts a SKU deeper than max_depth. */
export const depthSkuCheck: SkuCheck = {
  meta,
  checkSku({ proposal, policy, item, report }) {
    const kind = proposal.product.kind;
    if ((kind !== 'amount' && kind !== 'fixed') || item.list === 0) return;
    const price = productPrice(proposal, item.list);
    const max = policy.limits.maxDepth;
    // depth > max  <=>  (list - price) * 10000 > max * list, in integers
    if ((item.list - price) * FULL <= max * item.list) return;
    const minPrice = Math.ceil((item.list * (FULL - max)) / FULL);
    report(meta, {
      doc: proposal.doc,
      pointer: mechanicPointer(proposal),
      messageId: 'sku',
      params: {
        sku: item.sku,
        price: formatFen(price),
        list: formatFen(item.list),
        percent: Math.round(((item.list - price) * 10000) / item.list) / 100,
        max: percentText(max),
        minPrice: formatFen(minPrice),
      },
      related: limitRelated(policy, 'maxDepth', 'limit'),
    });
  },
};
