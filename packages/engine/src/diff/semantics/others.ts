import type { FieldSemantics } from '../types.js';
import { scalar, t, UNIT } from './text.js';

const DEEPER = [t('a shallower promotional price', '促销力度变小'), t('a deeper promotional price', '促销力度变大')] as [ReturnType<typeof t>, ReturnType<typeof t>];

/** Store, Waiver and approved Promotion fields with a known direction. */
export const otherSemantics: FieldSemantics[] = [
  scalar('Store', 'store/fragile', '/spec/categories/*/fragile', t('{item} fragile', '{item} 易碎'), 'tightens',
    [t('the category now needs a cushioning rule', '该类目须有缓冲包装规范'), t('the category no longer needs a cushioning rule', '该类目不再需要缓冲包装规范')], { default: false }),
  scalar('Store', 'store/size-chart', '/spec/categories/*/size_chart_required', t('{item} size chart required', '{item} 须有尺码表'), 'tightens',
    [t('its listings must show a size chart', '其商品须展示尺码表'), t('its listings need no size chart', '其商品不再需要尺码表')], { default: false }),
  scalar('Waiver', 'waiver/expires', '/spec/expires', t('waiver expiry', '豁免到期日'), 'loosens',
    [t('the exception ends sooner', '例外更早结束'), t('the exception lasts longer', '例外持续更久')]),
  scalar('Promotion', 'promotion/percent-off', '/spec/percent_off', t('percent off', '折扣比例'), 'loosens', DEEPER, { unit: UNIT.percent }),
  scalar('Promotion', 'promotion/amount-off', '/spec/amount_off', t('amount off', '直降金额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/fixed-price', '/spec/fixed_price', t('fixed price', '一口价'), 'tightens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-spend', '/spec/threshold/spend', t('threshold spend', '满减门槛'), 'tightens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-off', '/spec/threshold/off', t('threshold reduction', '满减金额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/coupon-amount', '/spec/coupon/amount', t('coupon amount', '优惠券面额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/coupon-min-spend', '/spec/coupon/min_spend', t('coupon minimum spend', '优惠券使用门槛'), 'tightens', DEEPER, { unit: UNIT.yuan }),
];
