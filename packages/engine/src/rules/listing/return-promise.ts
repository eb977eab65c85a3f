import type { RuleMeta } from '../../rule.js';
import { legalClassParams } from '../../listing/legal-class-names.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';

/** 网络购买商品七日无理由退货暂行办法 art. 6-8. */
export const returnPromise: RuleMeta = {
  code: 'listing/return-promise',
  severity: 'error',
  law: true,
  summary: {
    en: 'The listing refuses seven-day no-reason returns for goods that are not exempt.',
    zh: '商品不属于豁免范围，却声明不支持七天无理由退货。',
  },
  messages: {
    notStatutory: {
      message: {
        en: 'Category "{category}" ({legalClass}) is not exempt by law from seven-day returns (art. 6 covers custom-made, fresh, digital downloads and periodicals only).',
        zh: '类目 "{category}"（{legalClassZh}）不属于法定不适用七天无理由退货的商品（第六条仅限定制、鲜活易腐、数字化商品、报纸期刊）。',
      },
      hint: { en: 'Set `seven_day_return: yes`, or list the category under `statutory_exemptions` if it really is exempt.', zh: '改为 `seven_day_return: yes`；若确属法定豁免，在售后策略的 `statutory_exemptions` 中列出该类目。' },
    },
    notConfirmed: {
      message: {
        en: 'Category "{category}" has no buyer-confirmed exemption with a checkout confirmation in the after-sales policy (art. 7-8).',
        zh: '售后策略中没有为类目 "{category}" 设置带下单确认步骤的消费者确认豁免（第七、八条）。',
      },
      hint: { en: 'Add the category to `buyer_confirmed_exemptions` with its reason and `checkout_confirmation: true`, or accept returns.', zh: '在 `buyer_confirmed_exemptions` 中加入该类目、理由和 `checkout_confirmation: true`，或支持退货。' },
    },
    missingReason: {
      message: { en: 'An exemption from seven-day returns must tell buyers why (`reason`).', zh: '不支持七天无理由退货时必须向买家说明理由（`reason`）。' },
      hint: { en: 'Add `reason`, e.g. 定制商品，不支持七天无理由退货.', zh: '填写 `reason`，如"定制商品，不支持七天无理由退货"。' },
    },
    policyHere: { message: { en: 'after-sales exemptions defined here', zh: '售后豁免在此定义' } },
  },
};

/** 网络购买商品七日无理由退货暂行办法 art. 6: the classes the law itself exempts. */
const STATUTORY_CLASSES = new Set(['custom_made', 'fresh', 'digital', 'periodical']);

export const returnPromiseCheck: ListingRuleCheck = (listing, context) => {
  const promise = listing.after_sales?.seven_day_return;
  if (promise === undefined || promise === 'yes') return;
  const category = listing.category;
  const legalClass = context.category?.legalClass ?? 'unknown';
  const returns = context.policy.returns;
  if (!listing.after_sales?.reason?.trim()) {
    context.emit(returnPromise, { messageId: 'missingReason', pointer: '/after_sales/seven_day_return', params: {} });
  }
  if (promise === 'exempt_statutory') {
    // Exempt only when the law exempts the class; the policy's list, when present, must name the category too.
    const listed = returns.place === undefined || returns.statutory.has(category);
    if (STATUTORY_CLASSES.has(legalClass) && listed) return;
    const place = returns.statutory.get(category) ?? returns.place;
    context.emit(returnPromise, {
      messageId: 'notStatutory',
      pointer: '/after_sales/seven_day_return',
      params: { category, ...legalClassParams(context.category?.legalClass) },
      related: place?.doc && [{ doc: place.doc, pointer: place.pointer, messageId: `${returnPromise.code}.policyHere`, params: {} }],
    });
    return;
  }
  const exemption = returns.confirmed.get(category);
  if (exemption?.confirmed) return;
  const place = exemption ?? returns.place;
  context.emit(returnPromise, {
    messageId: 'notConfirmed',
    pointer: '/after_sales/seven_day_return',
    params: { category, ...legalClassParams(context.category?.legalClass) },
    related: place?.doc && [{ doc: place.doc, pointer: place.pointer, messageId: `${returnPromise.code}.policyHere`, params: {} }],
  });
};
