import type { FieldSemantics } from '../types.js';
import { collection, scalar, SLOWER, STRICTER_LIMIT, t, UNIT } from './text.js';

const kind = 'PackingStandard';
const MORE_PACKAGING = [t('less packaging allowed', '允许的包装更少'), t('more packaging allowed', '允许的包装更多')] as [ReturnType<typeof t>, ReturnType<typeof t>];

export const packingSemantics: FieldSemantics[] = [
  scalar(kind, 'packing/cutoff', '/spec/dispatch/cutoff', t('same-day dispatch cut-off', '当日发货截单时间'), 'tightens',
    [t('more orders must ship the same day', '更多订单须当日发货'), t('fewer orders ship the same day', '当日发货的订单更少')]),
  scalar(kind, 'packing/ship-within', '/spec/dispatch/ship_within_hours', t('ship-within', '发货时效'), 'loosens',
    [t('orders must ship sooner', '订单须更快发出'), t('orders may ship later', '订单可以更晚发出')], { unit: UNIT.hours }),
  scalar(kind, 'packing/platform-max', '/spec/dispatch/platform_max_hours', t('platform dispatch maximum', '平台发货时限'), 'loosens', STRICTER_LIMIT, { unit: UNIT.hours }),
  scalar(kind, 'packing/weekend-dispatch', '/spec/dispatch/weekend_dispatch', t('weekend dispatch', '周末发货'), 'tightens',
    [t('parcels also leave at weekends', '周末也发货'), t('parcels wait for Monday', '周末不发货')]),
  scalar(kind, 'packing/urgent-review', '/spec/urgent_orders/review', t('urgent-order review', '加急订单人工审核'), 'tightens',
    [t('a person checks urgent orders', '加急订单由人工审核'), t('urgent orders are no longer checked by a person', '加急订单不再人工审核')]),
  scalar(kind, 'packing/urgent-review-minutes', '/spec/urgent_orders/review_within_minutes', t('urgent-order review time', '加急订单审核时效'), 'loosens', SLOWER, { unit: UNIT.minutes }),
  scalar(kind, 'packing/high-value', '/spec/urgent_orders/high_value_threshold', t('high-value order threshold', '高价值订单门槛'), 'loosens',
    [t('more orders are reviewed as urgent', '更多订单按加急审核'), t('fewer orders are reviewed as urgent', '按加急审核的订单更少')], { unit: UNIT.yuan }),
  scalar(kind, 'packing/problem-note', '/spec/problem_orders/note_required', t('problem-order note', '问题订单备注'), 'tightens',
    [t('problems are written down', '问题须写入备注'), t('problems are no longer written down', '问题不再要求备注')]),
  scalar(kind, 'packing/problem-notify', '/spec/problem_orders/notify_customer_within_hours', t('problem-order notice to buyer', '问题订单通知买家时效'), 'loosens', SLOWER, { unit: UNIT.hours }),
  collection(kind, 'packing/problem-channels', '/spec/problem_orders/channels', t('problem-order notice channels', '问题订单通知渠道'), 'tightens',
    [t('buyers are told through more channels', '通知买家的渠道更多'), t('buyers are told through fewer channels', '通知买家的渠道更少')]),
  collection(kind, 'packing/categories', '/spec/categories', t('category packing rules', '类目包装规范'), 'tightens',
    [t('more categories have a written packing rule', '更多类目有书面包装规范'), t('a category loses its packing rule', '某类目失去包装规范')]),
  scalar(kind, 'packing/layers', '/spec/categories/*/layers', t('{item} packaging layers', '{item} 包装层数'), 'loosens', MORE_PACKAGING),
  scalar(kind, 'packing/packaging-cost', '/spec/categories/*/packaging_cost', t('{item} packaging cost', '{item} 包装成本'), 'loosens', MORE_PACKAGING, { unit: UNIT.yuan }),
  collection(kind, 'packing/inserts-allowed', '/spec/inserts/allowed', t('allowed inserts', '允许的包裹附件'), 'loosens',
    [t('packers may put in less', '允许放入的附件更少'), t('packers may put in more', '允许放入的附件更多')]),
  collection(kind, 'packing/inserts-forbidden', '/spec/inserts/forbidden', t('forbidden inserts', '禁止的包裹附件'), 'tightens',
    [t('more inserts are forbidden', '禁止的附件更多'), t('fewer inserts are forbidden', '禁止的附件更少')]),
  scalar(kind, 'packing/max-layers', '/spec/excessive_packaging/max_layers/*', t('maximum packaging layers for {key}', '{key} 包装层数上限'), 'loosens', MORE_PACKAGING),
  scalar(kind, 'packing/max-cost-percent', '/spec/excessive_packaging/max_cost_percent', t('maximum packaging cost share', '包装成本占比上限'), 'loosens', MORE_PACKAGING, { unit: UNIT.percent }),
  scalar(kind, 'packing/premium-price', '/spec/excessive_packaging/premium_price', t('premium price for the tighter packaging limit', '适用更严包装限制的价格线'), 'loosens',
    [t('more goods fall under the tighter limit', '更多商品适用更严限制'), t('fewer goods fall under the tighter limit', '适用更严限制的商品更少')], { unit: UNIT.yuan }),
  scalar(kind, 'packing/premium-max-cost', '/spec/excessive_packaging/premium_max_cost_percent', t('premium packaging cost share', '高价商品包装成本占比上限'), 'loosens', MORE_PACKAGING, { unit: UNIT.percent }),
  collection(kind, 'packing/qa-checks', '/spec/qa_checks', t('QA checks', '出库质检项'), 'tightens',
    [t('more is checked before sealing', '封箱前检查更多'), t('less is checked before sealing', '封箱前检查更少')]),
];
