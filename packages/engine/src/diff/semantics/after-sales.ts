import type { FieldSemantics } from '../types.js';
import { collection, scalar, SLOWER, t, UNIT } from './text.js';

const kind = 'AfterSalesPolicy';

// After-sales guards the buyer: more generous to buyers tightens the store's obligations.
const GENEROUS = [
  t("more generous to buyers (tightens the store's obligations)", '对买家更宽厚（店铺义务收紧）'),
  t("less generous to buyers (loosens the store's obligations)", '对买家更苛刻（店铺义务放宽）'),
] as [ReturnType<typeof t>, ReturnType<typeof t>];

export const afterSalesSemantics: FieldSemantics[] = [
  scalar(kind, 'after-sales/return-days', '/spec/no_reason_returns/days', t('no-reason return window', '七天无理由退货期'), 'tightens', GENEROUS, { unit: UNIT.days }),
  collection(kind, 'after-sales/statutory-exemptions', '/spec/no_reason_returns/statutory_exemptions', t('statutory return exemptions', '法定不适用无理由退货的类目'), 'loosens',
    [t('fewer goods are exempt from no-reason returns', '不适用无理由退货的商品更少'), t('more goods are exempt from no-reason returns', '不适用无理由退货的商品更多')]),
  collection(kind, 'after-sales/confirmed-exemptions', '/spec/no_reason_returns/buyer_confirmed_exemptions', t('buyer-confirmed return exemptions', '经买家确认不适用无理由退货的类目'), 'loosens',
    [t('fewer goods are exempt from no-reason returns', '不适用无理由退货的商品更少'), t('more goods are exempt from no-reason returns', '不适用无理由退货的商品更多')]),
  scalar(kind, 'after-sales/checkout-confirmation', '/spec/no_reason_returns/buyer_confirmed_exemptions/*/checkout_confirmation', t('{item} checkout confirmation', '{item} 下单确认步骤'), 'tightens',
    [t('buyers must confirm the exemption at checkout', '买家须在下单时确认'), t('the exemption no longer needs the buyer to confirm it', '不再需要买家确认')]),
  scalar(kind, 'after-sales/refund-days', '/spec/refund_within_days', t('refund deadline', '退款时限'), 'loosens', GENEROUS, { unit: UNIT.days }),
  scalar(kind, 'after-sales/return-shipping-payer', '/spec/return_shipping/by_reason/*', t('return shipping for {key}', '{key} 退货运费'), 'tightens',
    [t('the store now pays', '改由店铺承担'), t('the buyer now pays', '改由买家承担')], { order: ['buyer', 'seller'] }),
  collection(kind, 'after-sales/tier-benefits', '/spec/return_shipping/tier_benefits', t('tiers with return-shipping benefits', '享受退货运费权益的等级'), 'tightens', GENEROUS),
  collection(kind, 'after-sales/tier-seller-pays', '/spec/return_shipping/tier_benefits/*/seller_pays', t('reasons the store pays return shipping for {item}', '{item} 由店铺承担退货运费的原因'), 'tightens', GENEROUS),
  ...(['first_response_minutes', 'refund_processing_hours', 'complaint_handling_hours', 'negative_review_followup_hours'] as const).map((field) =>
    scalar(kind, `after-sales/${field.replace(/_/g, '-')}`, `/spec/service_levels/${field}`, t(field.replace(/_(minutes|hours)$/, '').replace(/_/g, ' '), `服务时效 ${field}`), 'loosens', SLOWER,
      { unit: field.endsWith('minutes') ? UNIT.minutes : UNIT.hours })),
  scalar(kind, 'after-sales/exchange-days', '/spec/exchange/days', t('exchange window', '换货期'), 'tightens', GENEROUS, { unit: UNIT.days }),
  scalar(kind, 'after-sales/exchange-shipping', '/spec/exchange/seller_pays_shipping', t('store pays exchange shipping', '店铺承担换货运费'), 'tightens', GENEROUS),
  scalar(kind, 'after-sales/warranty-days', '/spec/warranty/days', t('warranty', '质保期'), 'tightens', GENEROUS, { unit: UNIT.days }),
];
