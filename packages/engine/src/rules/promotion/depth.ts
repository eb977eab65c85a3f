import { formatFen } from '@storepolicy/schema';
import { productPrice } from '../../pricing/compute.js';
import { FULL } from '../../pricing/math.js';
import { limitRelated, mechanicPointer, type PromotionCheck } from './_check.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

const meta = {
  code: 'promotion/depth',
  severity: 'error' as const,
  summary: {
    en: "A promotion's own cut is not deeper than the policy's max_depth below the 7-day lowest price.",
    zh: '单个促销自身的降价幅度（相对前七日最低价）不超过政策的 max_depth。',
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
        en: 'on {sku} the promotion price {price} is {percent}% below its lowest price of the 7 days before the start ({baseline}), deeper than the policy maximum of {max}%',
        zh: '{sku} 的促销价 {price} 比开始前七日内最低价 {baseline} 低 {percent}%，超过政策上限 {max}%',
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

/**
 * `promotion/depth`, document part, only where no catalogue gives the 7-day
 * price (validate of a store without one): a percent-off deeper than
 * max_depth off the list price. With a catalogue the SKU part judges every
 * mechanic, percent-off included, against the same baseline as the floor.
 */
export const depthCheck: PromotionCheck = {
  inValidate: true,
  meta,
  check({ proposal, policy, catalog, bundle, report }) {
    if (catalog !== undefined || bundle.catalog !== undefined) return;
    const m = proposal.product;
    const bp = m.kind === 'percent' ? m.basisPoints : m.kind === 'lowest' ? Math.max(0, ...m.of.map((o) => (o.kind === 'percent' ? o.basisPoints : 0))) : 0;
    if (bp <= policy.limits.maxDepth) return;
    report(meta, {
      doc: proposal.doc,
      pointer: '/spec/percent_off',
      messageId: 'percent',
      params: { percent: percentText(bp), max: percentText(policy.limits.maxDepth) },
      related: limitRelated(policy, 'maxDepth', 'limit'),
    });
  },
};

/**
 * `promotion/depth`, SKU part: the proposal's own price for a SKU is not
 * more than max_depth below the SKU's 7-day baseline, the comparison price
 * the law names and the one `promotion/price-floor` uses (SPEC section 9:
 * one baseline for depth and floor).
 */
export const depthSkuCheck: SkuCheck = {
  meta,
  checkSku({ proposal, policy, item, baseline, report }) {
    if (proposal.product.kind === 'none' || baseline.fen === 0) return;
    const base = baseline.fen;
    const price = productPrice(proposal, item.list);
    const max = policy.limits.maxDepth;
    // depth > max  <=>  (base - price) * 10000 > max * base, in integers
    if ((base - price) * FULL <= max * base) return;
    const minPrice = Math.ceil((base * (FULL - max)) / FULL);
    report(meta, {
      doc: proposal.doc,
      pointer: mechanicPointer(proposal),
      messageId: 'sku',
      params: {
        sku: item.sku,
        price: formatFen(price),
        list: formatFen(item.list),
        baseline: formatFen(base),
        percent: Math.round(((base - price) * 10000) / base) / 100,
        max: percentText(max),
        minPrice: formatFen(minPrice),
      },
      related: limitRelated(policy, 'maxDepth', 'limit'),
    });
  },
};
