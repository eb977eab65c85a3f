import type { RuleMeta } from '../../rule.js';
import { legalClassParams } from '../../listing/legal-class-names.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';

/** Apparel without a size chart is the first cause of size returns. */
export const sizeChart: RuleMeta = {
  code: 'listing/size-chart',
  severity: 'warning',
  summary: { en: 'An apparel listing (or a category that requires one) has no size chart.', zh: '服装类（或要求尺码表的类目）商品没有尺码表。' },
  messages: {
    missing: {
      message: { en: 'Category "{category}" ({legalClass}) needs a size chart.', zh: '类目 "{category}"（{legalClassZh}）需要尺码表。' },
      hint: { en: 'Set `size_chart` to the chart image URL (or true when it is in the images).', zh: '把 `size_chart` 设为尺码表图片地址（已在图片中时设为 true）。' },
    },
  },
};

export const sizeChartCheck: ListingRuleCheck = (listing, context) => {
  const category = context.category;
  if (!category) return;
  const legalClass = category.legalClass ?? 'unknown';
  const needed = category.sizeChartRequired || context.policy.sizeChart.legalClasses.has(legalClass);
  const chart = listing.size_chart;
  if (!needed || chart === true || (typeof chart === 'string' && chart.trim() !== '')) return;
  context.emit(sizeChart, {
    messageId: 'missing',
    pointer: chart === undefined ? '/category' : '/size_chart',
    params: { category: listing.category, ...legalClassParams(category.legalClass) },
    severity: context.policy.sizeChart.severity,
  });
};
