import type { FieldSemantics } from '../types.js';
import { collection, scalar, t, UNIT } from './text.js';

const DEEPER = [t('a shallower promotional price', '促销力度变小'), t('a deeper promotional price', '促销力度变大')] as [ReturnType<typeof t>, ReturnType<typeof t>];

const WIDER = [t('fewer products or buyers get it', '覆盖的商品或买家更少'), t('more products or buyers get it', '覆盖的商品或买家更多')] as [ReturnType<typeof t>, ReturnType<typeof t>];

/** Store, Waiver and approved Promotion fields with a known direction. */
export const otherSemantics: FieldSemantics[] = [
  scalar('Store', 'store/fragile', '/spec/categories/*/fragile', t('{item} fragile', '{item} 易碎'), 'tightens',
    [t('the category now needs a cushioning rule', '该类目须有缓冲包装规范'), t('the category no longer needs a cushioning rule', '该类目不再需要缓冲包装规范')], { default: false }),
  scalar('Store', 'store/size-chart', '/spec/categories/*/size_chart_required', t('{item} size chart required', '{item} 须有尺码表'), 'tightens',
    [t('its listings must show a size chart', '其商品须展示尺码表'), t('its listings need no size chart', '其商品不再需要尺码表')], { default: false }),
  // A category's legal class decides which law checks its listings get (licences, claims, return
  // exemptions): `food -> general` drops the SC licence and the health-claim bans. No class is
  // "stricter" in every law, so any change is for review, and counted as loosening.
  {
    id: 'store/legal-class',
    kind: 'Store',
    path: '/spec/categories/*/legal_class',
    label: t('{item} legal class', '{item} 法律类别'),
    changed: 'loosens',
    why: {
      loosens: t(
        'the law checks its listings get change with the class (licences, claims, return exemptions): the new class may drop some',
        '商品适用的法律检查随类别改变（许可证、宣称、退货例外）：新类别可能少了一些检查',
      ),
    },
  },
  scalar('Waiver', 'waiver/expires', '/spec/expires', t('waiver expiry', '豁免到期日'), 'loosens',
    [t('the exception ends sooner', '例外更早结束'), t('the exception lasts longer', '例外持续更久')]),
  scalar('Promotion', 'promotion/percent-off', '/spec/percent_off', t('percent off', '折扣比例'), 'loosens', DEEPER, { unit: UNIT.percent }),
  scalar('Promotion', 'promotion/amount-off', '/spec/amount_off', t('amount off', '直降金额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/fixed-price', '/spec/fixed_price', t('fixed price', '一口价'), 'tightens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-spend', '/spec/threshold/spend', t('threshold spend', '满减门槛'), 'tightens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-off', '/spec/threshold/off', t('threshold reduction', '满减金额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/coupon-amount', '/spec/coupon/amount', t('coupon amount', '优惠券面额'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-repeat', '/spec/threshold/repeat', t('repeating threshold reduction', '每满减'), 'loosens',
    [t('the reduction applies once per order', '每单只减一次'), t('every threshold reached takes money off again: deeper worst case', '每满一次减一次：最坏情况更深')], { default: false }),
  scalar('Promotion', 'promotion/prize-value', '/spec/prizes/*/value', t('{item} prize value', '{item} 奖品价值'), 'loosens',
    [t('a smaller prize', '奖品价值降低'), t('a bigger prize: check it against the prize cap', '奖品价值提高：请对照最高奖金额上限')], { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/threshold-cap', '/spec/threshold/cap', t('threshold reduction cap', '满减封顶'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/gift-value', '/spec/gift/value', t('gift value', '赠品价值'), 'loosens', DEEPER, { unit: UNIT.yuan }),
  scalar('Promotion', 'promotion/gift-quantity', '/spec/gift/quantity', t('gifts per order', '每单赠品数'), 'loosens', DEEPER),
  scalar('Promotion', 'promotion/stock-cap', '/spec/stock_cap', t('flash-sale stock', '秒杀库存'), 'loosens',
    [t('fewer units sell at the promotional price', '按促销价售出的数量更少'), t('more units sell at the promotional price', '按促销价售出的数量更多')]),
  scalar('Promotion', 'promotion/display-reference', '/spec/display/reference_price', t('displayed reference price', '划线价'), 'loosens',
    [t('a smaller claimed saving', '宣称的优惠幅度更小'), t('a bigger claimed saving: check it against the 7-day lowest price', '宣称的优惠幅度更大：请对照 7 日最低价')], { unit: UNIT.yuan }),
  collection('Promotion', 'promotion/scope-skus', '/spec/scope/skus', t('SKUs in scope', '参与的 SKU'), 'loosens', WIDER),
  collection('Promotion', 'promotion/scope-categories', '/spec/scope/categories', t('categories in scope', '参与的类目'), 'loosens', WIDER),
  scalar('Promotion', 'promotion/scope-all', '/spec/scope/all', t('whole store in scope', '全店参与'), 'loosens', WIDER, { default: false }),
  collection('Promotion', 'promotion/tiers', '/spec/tiers', t('tiers that may use it', '可使用的会员等级'), 'loosens', WIDER),
  collection('Promotion', 'promotion/combines-with', '/spec/combines_with', t('classes it stacks with', '可叠加的类别'), 'loosens',
    [t('it stacks with less', '可叠加范围缩小'), t('it stacks with more: deeper worst-case prices', '可叠加范围扩大：最坏叠加价更低')]),
  scalar('Promotion', 'promotion/exclusive', '/spec/exclusive', t('exclusivity', '排他性'), 'tightens',
    [t('it stacks with less', '可叠加范围缩小'), t('it stacks with more', '可叠加范围扩大')], { order: ['none', 'class', 'global'], default: 'none' }),
  ...(['requires_review', 'requires_good_review', 'requires_photo_review'] as const).map((field) =>
    scalar('Promotion', `promotion/${field.replace(/_/g, '-')}`, `/spec/conditions/${field}`, t(`benefit ${field.replace(/_/g, ' ')}`, `权益条件 ${field}`), 'loosens',
      [t('the benefit no longer depends on a review', '权益不再以评价为条件'), t('the benefit depends on a review: review inducement (网络交易监督管理办法 art. 14)', '以评价为权益条件：诱导评价（网络交易监督管理办法 第十四条）')], { default: false })),
  scalar('Promotion', 'promotion/min-quantity', '/spec/conditions/min_quantity', t('minimum units per order', '每单最少件数'), 'tightens',
    [t('fewer orders qualify', '符合条件的订单更少'), t('more orders qualify', '符合条件的订单更多')]),
  scalar('Promotion', 'promotion/new-customers-only', '/spec/conditions/new_customers_only', t('new customers only', '仅限新客'), 'tightens',
    [t('fewer buyers qualify', '符合条件的买家更少'), t('more buyers qualify', '符合条件的买家更多')], { default: false }),
  scalar('Promotion', 'promotion/coupon-min-spend', '/spec/coupon/min_spend', t('coupon minimum spend', '优惠券使用门槛'), 'tightens', DEEPER, { unit: UNIT.yuan }),
];
