import { defineRule } from '../../rule.js';
import { findCategory } from './_categories.js';

/**
 * Legal classes that 网络购买商品七日无理由退货暂行办法 art. 6 exempts outright:
 * custom-made, fresh and perishable, downloaded or unsealed digital goods,
 * delivered newspapers and periodicals. Everything else needs the buyer's
 * confirmation under art. 7 (with the checkout step of art. 8), or no exemption.
 */
const STATUTORY_CLASSES = ['custom_made', 'fresh', 'digital', 'periodical'];

export const exemption = defineRule({
  meta: {
    code: 'after-sales/exemption',
    severity: 'error',
    law: true,
    summary: {
      en: 'Return exemptions are limited to the goods the law names, and buyer-confirmed ones need a checkout confirmation.',
      zh: '无理由退货的例外仅限法律规定的商品；需消费者确认的例外必须在下单时设置确认程序。',
    },
    messages: {
      notStatutory: {
        message: {
          en: 'Category "{category}" is {legalClass}, which the law does not exempt from no-reason returns: only custom-made, fresh or perishable, downloaded or unsealed digital goods and delivered newspapers or periodicals are exempt (网络购买商品七日无理由退货暂行办法 art. 6).',
          zh: '类目 "{category}" 的法定品类为 {legalClass}，不属于法定不适用无理由退货的商品：只有消费者定作的商品、鲜活易腐商品、在线下载或已拆封的数字化商品、交付的报纸期刊可以不适用（《网络购买商品七日无理由退货暂行办法》第六条）。',
        },
        hint: {
          en: 'Remove the exemption; if the goods change once unsealed, activated or are near expiry, list them under buyer_confirmed_exemptions with checkout_confirmation: true (art. 7).',
          zh: '删除该例外；如果商品拆封后易变质、激活后贬值或临近保质期，请列入 buyer_confirmed_exemptions 并设置 checkout_confirmation: true（第七条）。',
        },
      },
      noConfirmation: {
        message: {
          en: 'Category "{category}" is exempt on art. 7 grounds ({reason}), but without a checkout confirmation step the exemption is void: the buyer must confirm it for each purchase (网络购买商品七日无理由退货暂行办法 art. 7 and 8).',
          zh: '类目 "{category}" 依第七条（{reason}）不适用无理由退货，但未在下单流程中设置确认程序，该例外无效：消费者必须在每次购买时确认（《网络购买商品七日无理由退货暂行办法》第七条、第八条）。',
        },
        hint: {
          en: 'Add a prominent confirmation step at checkout and set checkout_confirmation: true, or remove the exemption.',
          zh: '在下单流程中设置显著的确认步骤并设置 checkout_confirmation: true，或删除该例外。',
        },
      },
      unknownCategory: {
        message: {
          en: 'Category "{category}" is not a category of the Store document, so the law cannot be checked for it.',
          zh: '类目 "{category}" 不在店铺（Store）文档的类目中，无法核对其是否符合法律规定。',
        },
        hint: { en: 'Use a category id from store.yaml: {known}.', zh: '请使用 store.yaml 中的类目 id：{known}。' },
      },
      legalClass: {
        message: { en: 'Category "{category}" is declared {legalClass} here.', zh: '类目 "{category}" 在此声明为 {legalClass}。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.afterSales;
    const store = bundle.store;
    if (!doc) return;
    const rules = doc.value.spec.no_reason_returns;
    const known = store?.value.spec.categories.map((c) => c.id).join(', ') ?? '';
    (rules.statutory_exemptions ?? []).forEach((entry, index) => {
      const pointer = `/spec/no_reason_returns/statutory_exemptions/${index}/category`;
      // Without a Store there is nothing to judge against; ref checks report the missing document.
      if (!store) return;
      const found = findCategory(store, entry.category);
      if (!found) {
        context.report({ doc, pointer, messageId: 'unknownCategory', params: { category: entry.category, known } });
        return;
      }
      const legalClass = found.category.legal_class;
      if (STATUTORY_CLASSES.includes(legalClass)) return;
      const params = { category: entry.category, legalClass };
      context.report({
        doc,
        pointer,
        messageId: 'notStatutory',
        params,
        related: [{ doc: store, pointer: `${found.pointer}/legal_class`, messageId: 'legalClass', params }],
      });
    });
    (rules.buyer_confirmed_exemptions ?? []).forEach((entry, index) => {
      const base = `/spec/no_reason_returns/buyer_confirmed_exemptions/${index}`;
      if (store && !findCategory(store, entry.category)) {
        context.report({ doc, pointer: `${base}/category`, messageId: 'unknownCategory', params: { category: entry.category, known } });
      }
      if (entry.checkout_confirmation) return;
      context.report({
        doc,
        pointer: `${base}/checkout_confirmation`,
        messageId: 'noConfirmation',
        params: { category: entry.category, reason: entry.reason },
      });
    });
  },
});
