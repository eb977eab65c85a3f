import { parseMoney } from '@storepolicy/schema';
import { defineRule } from '../../rule.js';
import { DEFAULT_HIGH_AOV_YUAN, yuan } from './_tiers.js';

/**
 * Order counts suit low-price, high-frequency stores. Where the average order
 * is large, a buyer of one 2,000-yuan coat ranks below a buyer of ten pairs of
 * socks, so tiers by order count alone reward the wrong customers.
 */
export const metricFit = defineRule({
  meta: {
    code: 'tiers/metric-fit',
    severity: 'warning',
    summary: {
      en: 'A store with a high average order value (>= 300 yuan, configurable) does not rank tiers by order count alone.',
      zh: '客单价较高（≥ 300 元，可配置）的店铺不应只按订单数划分会员等级。',
    },
    messages: {
      ordersOnly: {
        message: {
          en: 'Tiers are ranked by order count alone, but the store\'s average order value is {aov} yuan (at least {threshold}): a buyer of one expensive item ranks below a buyer of many cheap ones.',
          zh: '会员等级只按订单数划分，但店铺客单价为 {aov} 元（不低于 {threshold} 元）：买一件高价商品的顾客会排在多次购买低价商品的顾客之后。',
        },
        hint: {
          en: 'Use metric: spend, or spend_or_orders with a spend threshold for every tier.',
          zh: '改用 metric: spend，或 spend_or_orders 并为每个等级设置消费门槛。',
        },
      },
      aov: {
        message: { en: 'Average order value {aov} yuan is recorded here.', zh: '客单价 {aov} 元记录于此。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.memberTiers;
    const store = bundle.store;
    if (!doc || !store || doc.value.spec.metric !== 'orders') return;
    const aov = store.value.spec.metrics?.average_order_value;
    if (aov === undefined) return;
    const threshold = doc.value.spec.rules?.high_aov_threshold ?? DEFAULT_HIGH_AOV_YUAN;
    if (parseMoney(aov) < parseMoney(threshold)) return;
    const params = { aov: yuan(aov), threshold: yuan(threshold) };
    context.report({
      doc,
      pointer: '/spec/metric',
      messageId: 'ordersOnly',
      params,
      related: [{ doc: store, pointer: '/spec/metrics/average_order_value', messageId: 'aov', params }],
    });
  },
});
