import type { FieldSemantics } from '../types.js';
import { collection, scalar, STRICTER_LIMIT, t, UNIT } from './text.js';

const kind = 'PromotionPolicy';
const L = '/spec/limits';

// The promotion policy guards price and margin: deeper or more frequent cuts loosen.
export const promotionPolicySemantics: FieldSemantics[] = [
  scalar(kind, 'promotion-policy/max-depth', `${L}/max_depth`, t('max_depth', 'max_depth（最大降价幅度）'), 'loosens',
    [t('promotions may not cut as deep ({delta} points)', '促销降价幅度上限收紧 {delta} 个百分点'),
     t('promotions may cut deeper ({delta} points)', '促销可以降得更深（{delta} 个百分点）')], { unit: UNIT.percent }),
  scalar(kind, 'promotion-policy/min-margin', `${L}/min_margin`, t('minimum margin', '最低毛利率'), 'tightens',
    [t('the worst stacked price must keep more margin', '叠加后的最低价须保留更多利润'),
     t('the worst stacked price may keep less margin', '叠加后的最低价可以保留更少利润')], { unit: UNIT.percent }),
  scalar(kind, 'promotion-policy/gift-in-margin', `${L}/gift_counts_in_margin`, t('gift value counts in margin', '赠品价值计入毛利'), 'tightens',
    [t('gifts now eat into the margin check', '赠品价值计入毛利校验'), t('gifts no longer count in the margin check', '赠品价值不再计入毛利校验')], { default: false }),
  scalar(kind, 'promotion-policy/cut-frequency-max', `${L}/cut_frequency/max`, t('price cuts allowed per window', '窗口内允许的降价次数'), 'loosens', STRICTER_LIMIT),
  scalar(kind, 'promotion-policy/cut-frequency-window', `${L}/cut_frequency/window_days`, t('price-cut frequency window', '降价频率窗口'), 'tightens', STRICTER_LIMIT, { unit: UNIT.days }),
  scalar(kind, 'promotion-policy/lead-time', `${L}/lead_time_hours`, t('promotion lead time', '促销提前报备时间'), 'tightens',
    [t('promotions must be proposed earlier', '促销须更早提报'), t('promotions may be proposed later', '促销可以更晚提报')], { unit: UNIT.hours }),
  scalar(kind, 'promotion-policy/min-duration', `${L}/min_duration_hours`, t('shortest promotion', '最短促销时长'), 'tightens', STRICTER_LIMIT, { unit: UNIT.hours }),
  scalar(kind, 'promotion-policy/max-duration', `${L}/max_duration_days`, t('longest promotion', '最长促销时长'), 'loosens', STRICTER_LIMIT, { unit: UNIT.days }),
  scalar(kind, 'promotion-policy/max-concurrent', `${L}/max_concurrent`, t('promotions at once on one SKU', '单个 SKU 同时生效的促销数'), 'loosens', STRICTER_LIMIT),
  scalar(kind, 'promotion-policy/raise-lookback', `${L}/price_raise_lookback_days`, t('price-raise look-back', '先涨后降回溯期'), 'tightens', STRICTER_LIMIT, { unit: UNIT.days }),
  scalar(kind, 'promotion-policy/raise-tolerance', `${L}/price_raise_tolerance`, t('price-raise tolerance', '先涨后降容忍度'), 'loosens', STRICTER_LIMIT, { unit: UNIT.percent }),
  collection(kind, 'promotion-policy/blackouts', '/spec/blackouts', t('blackout windows', '促销禁止期'), 'tightens',
    [t('promotions are frozen for longer', '禁止促销的时间增加'), t('promotions may run when they were frozen', '原先禁止促销的时间可以促销')]),
  scalar(kind, 'promotion-policy/blackout-start', '/spec/blackouts/*/start', t('blackout start', '禁止期开始'), 'loosens',
    [t('the blackout starts earlier', '禁止期提前开始'), t('the blackout starts later: a shorter freeze', '禁止期推迟开始：冻结时间变短')]),
  scalar(kind, 'promotion-policy/blackout-end', '/spec/blackouts/*/end', t('blackout end', '禁止期结束'), 'tightens',
    [t('the blackout ends later: a longer freeze', '禁止期推迟结束：冻结时间变长'), t('the blackout ends sooner', '禁止期提前结束')]),
  collection(kind, 'promotion-policy/combines-with', '/spec/stacking/*/combines_with', t('classes {parentKey} stacks with', '{parentKey} 可叠加的类别'), 'loosens',
    [t('fewer promotions may stack', '可叠加的促销更少'), t('more promotions may stack: deeper worst-case prices', '可叠加的促销更多：最坏叠加价更低')]),
  scalar(kind, 'promotion-policy/exclusive', '/spec/stacking/*/exclusive', t('exclusivity of {parentKey}', '{parentKey} 排他性'), 'tightens',
    [t('it stacks with less', '可叠加范围缩小'), t('it stacks with more', '可叠加范围扩大')], { order: ['none', 'class', 'global'], default: 'none' }),
  collection(kind, 'promotion-policy/allow-with-global', '/spec/stacking/*/allow_with_global', t('benefits allowed with exclusive {parentKey}', '{parentKey} 独占时仍允许的权益'), 'loosens',
    [t('fewer benefits survive an exclusive promotion', '独占促销时保留的权益更少'), t('more benefits survive an exclusive promotion', '独占促销时保留的权益更多')]),
  scalar(kind, 'promotion-policy/conflicts', '/spec/conflicts', t('conflict severity', '促销冲突级别'), 'tightens',
    [t('conflicting promotions now fail the check', '冲突的促销会导致检查失败'), t('conflicting promotions are only reported', '冲突的促销只作提示')], { order: ['info', 'error'] }),
  ...(['min_dsr', 'min_store_age_days', 'min_experience_score'] as const).map((field) =>
    scalar(kind, `promotion-policy/events-${field}`, `/spec/events/*/${field}`, t(`{parentKey} entry ${field}`, `{parentKey} 报名要求 ${field}`), 'tightens',
      [t('a stricter entry requirement', '报名要求更严'), t('a looser entry requirement', '报名要求更宽')])),
  scalar(kind, 'promotion-policy/prize-cap', '/spec/prize_cap', t('top prize cap', '最高奖金额上限'), 'loosens', STRICTER_LIMIT, { unit: UNIT.yuan }),
  scalar(kind, 'promotion-policy/lever-priority-severity', '/spec/lever_priority_severity', t('lever-priority severity', '促销手段优先级检查级别'), 'tightens',
    [t('price cuts before non-price levers are reported more strongly', '先降价后非价格手段的情况报告更严'), t('price cuts before non-price levers are reported less strongly', '先降价后非价格手段的情况报告更宽')],
    { order: ['off', 'info', 'warning', 'error'] }),
  {
    id: 'promotion-policy/priority',
    kind,
    path: '/spec/priority',
    label: t('lever priority', '促销手段优先级'),
    why: { neutral: t('which promotion wins on a shared SKU changes', '同一 SKU 上哪个促销优先会改变') },
  },
];
