import type { FieldSemantics } from '../types.js';
import { t, UNIT, why } from './text.js';

const kind = 'MemberTiers';

// Member tiers guard price and margin: anything that gives members more
// (deeper discount, more free benefits, easier qualification) loosens.
const memberBenefit = (field: string, en: string, zh: string): FieldSemantics => ({
  id: `tiers/${field}`,
  kind,
  path: `/spec/tiers/*/benefits/${field}`,
  label: t(`{item} ${en}`, `{item} ${zh}`),
  higher: 'loosens',
  why: why(
    t('members get less (saves margin)', '会员权益减少（节省利润）'),
    t('members get more (costs margin)', '会员权益增加（占用利润）'),
  ),
});

export const memberTierSemantics: FieldSemantics[] = [
  {
    id: 'tiers/price-percent',
    kind,
    path: '/spec/tiers/*/benefits/price_percent',
    label: t('{item} member price', '{item} 会员价'),
    unit: UNIT.percent,
    higher: 'tightens',
    messages: {
      'value-changed': t('{item} pays {after}% instead of {before}%', '{item} 支付 {after}%（原为 {before}%）'),
    },
    why: why(
      t('shallower member discount (tightens the price floor by {delta} points)', '会员折扣变浅（价格底线收紧 {delta} 个百分点）'),
      t('deeper member discount (loosens the price floor by {delta} points)', '会员折扣加深（价格底线放宽 {delta} 个百分点）'),
    ),
  },
  {
    id: 'tiers/min-price-percent',
    kind,
    path: '/spec/rules/min_price_percent',
    label: t('lowest allowed member price', '最低会员价'),
    unit: UNIT.percent,
    higher: 'tightens',
    why: why(
      t('members may not be priced as low (floor up {delta} points)', '会员价下限提高 {delta} 个百分点'),
      t('members may be priced lower (floor down {delta} points)', '会员价下限降低 {delta} 个百分点'),
    ),
  },
  ...(['spend', 'orders'] as const).map(
    (field): FieldSemantics => ({
      id: `tiers/qualify-${field}`,
      kind,
      path: `/spec/tiers/*/qualify/${field}`,
      label: field === 'spend' ? t('{item} qualifying spend', '{item} 升级消费门槛') : t('{item} qualifying orders', '{item} 升级订单数门槛'),
      ...(field === 'spend' ? { unit: UNIT.yuan } : {}),
      higher: 'tightens',
      why: why(
        t('harder to reach the tier: fewer members get its benefits', '更难达到该等级：享受权益的会员更少'),
        t('easier to reach the tier: more members get its benefits', '更容易达到该等级：享受权益的会员更多'),
      ),
    }),
  ),
  memberBenefit('free_shipping', 'free shipping', '会员包邮'),
  memberBenefit('free_return_shipping', 'free return shipping', '退货包运费'),
  { ...memberBenefit('birthday_coupon', 'birthday coupon', '生日券'), unit: UNIT.yuan },
  memberBenefit('points_multiplier', 'points multiplier', '积分倍率'),
  {
    id: 'tiers/evaluation-window',
    kind,
    path: '/spec/evaluation_window_days',
    label: t('evaluation window', '统计周期'),
    unit: UNIT.days,
    higher: 'loosens',
    why: why(
      t('less history counts: tiers are harder to reach', '计入的历史更短：更难升级'),
      t('more history counts: tiers are easier to reach', '计入的历史更长：更容易升级'),
    ),
  },
  {
    id: 'tiers/downgrade-review',
    kind,
    path: '/spec/downgrade_review_days',
    label: t('downgrade review period', '降级复核周期'),
    unit: UNIT.days,
    higher: 'loosens',
    why: why(
      t('members who no longer qualify lose their tier sooner', '不再达标的会员更早降级'),
      t('members who no longer qualify keep their discount longer', '不再达标的会员保留折扣更久'),
    ),
  },
  {
    id: 'tiers/tiers',
    kind,
    path: '/spec/tiers',
    label: t('member tiers', '会员等级'),
    why: { neutral: t('the tier ladder changed; check prices and benefits of every tier', '等级阶梯有变化；请核对各等级价格与权益') },
  },
];
