import { formatFen } from '@storepolicy/schema';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

/**
 * `promotion/reference-price` (law): a displayed comparison price (划线价,
 * 原价) is not above the lowest transaction price of the 7 days before the
 * start (明码标价和禁止价格欺诈规定 art. 16; 规范促销行为暂行规定 art. 21).
 */
export const referencePriceCheck: SkuCheck = {
  meta: {
    code: 'promotion/reference-price',
    severity: 'error',
    law: true,
    summary: {
      en: 'A displayed "original price" is not above the 7-day lowest transaction price.',
      zh: '展示的"原价"（划线价）不得高于前七日内最低成交价。',
    },
    messages: {
      aboveBaseline: {
        message: {
          en: 'displays {reference} as the original price of {sku}, above its lowest transaction price {baseline} in the 7 days before the start: an inflated "original price" is price fraud',
          zh: '把 {reference} 作为 {sku} 的原价展示，高于开始前七日内最低成交价 {baseline}：虚标原价属于价格欺诈',
        },
        hint: { en: 'Show at most {baseline}, or no comparison price.', zh: '原价最多展示 {baseline}，或不展示划线价。' },
      },
      more: MORE_MESSAGE,
    },
  },
  checkSku({ proposal, item, baseline, report }) {
    const reference = proposal.referencePrice;
    if (reference === undefined || reference <= baseline.fen) return;
    report(referencePriceCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/display/reference_price',
      messageId: 'aboveBaseline',
      params: { sku: item.sku, reference: formatFen(reference), baseline: formatFen(baseline.fen), source: baseline.source },
    });
  },
};
