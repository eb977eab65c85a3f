import { defineRule } from '../../rule.js';

/**
 * Reasons that are the seller's fault. For quality problems 消费者权益保护法
 * art. 24 makes the seller bear shipping; wrong, damaged or not-as-described
 * goods are the same fault by another name, and every platform treats them so.
 */
const SELLER_FAULT = ['quality', 'not_as_described', 'wrong_item', 'damaged_in_transit'] as const;

export const qualityShipping = defineRule({
  meta: {
    code: 'after-sales/quality-shipping',
    severity: 'error',
    summary: {
      en: 'The seller pays return shipping for quality problems and other seller faults.',
      zh: '质量问题等卖家责任导致的退货，运费由卖家承担。',
    },
    messages: {
      buyerPays: {
        message: {
          en: 'Return shipping for "{reason}" is paid by the buyer, but when the goods are faulty, wrong or damaged the seller must bear the shipping (消费者权益保护法 art. 24).',
          zh: '"{reason}" 退货的运费由买家承担，但商品有质量问题、发错或破损时，运费应由经营者承担（《消费者权益保护法》第二十四条）。',
        },
        hint: { en: 'Set {reason}: seller.', zh: '改为 {reason}: seller。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.afterSales;
    if (!doc) return;
    const byReason = doc.value.spec.return_shipping.by_reason;
    for (const reason of SELLER_FAULT) {
      if (byReason[reason] !== 'buyer') continue;
      context.report({
        doc,
        pointer: `/spec/return_shipping/by_reason/${reason}`,
        messageId: 'buyerPays',
        params: { reason },
      });
    }
  },
});
