import type { PolicyDocument } from '@storepolicy/schema';
import { policyRelated, type PromotionCheck } from './_check.js';

/**
 * `promotion/event-eligibility`: joining a platform event requires the store
 * metrics the policy names; small or shaky stores are hurt by big events
 * (traffic they cannot serve turns into bad DSR and refunds).
 */
export const eventEligibilityCheck: PromotionCheck = {
  inValidate: false,
  meta: {
    code: 'promotion/event-eligibility',
    severity: 'error',
    summary: {
      en: 'A promotion joins a platform event only when the store meets its entry requirements.',
      zh: '只有店铺指标达到平台活动的门槛时才能报名参加。',
    },
    messages: {
      below: {
        message: {
          en: 'joins {event}, which requires {metric} >= {required}, but the store has {actual}: a store that cannot serve event traffic loses ratings and money',
          zh: '报名 {event} 要求 {metric} >= {required}，但店铺当前为 {actual}：承接不了大促流量的店铺会损失评分和利润',
        },
        hint: { en: 'Improve {metric} first, or leave `event` out of this promotion.', zh: '先提升 {metric}，或去掉该促销的 `event`。' },
      },
      unknownMetric: {
        message: {
          en: 'joins {event}, which requires {metric} >= {required}, but store.yaml does not state {metric}',
          zh: '报名 {event} 要求 {metric} >= {required}，但 store.yaml 未填写 {metric}',
        },
        hint: { en: 'Add the current {metric} under `metrics` in store.yaml.', zh: '在 store.yaml 的 `metrics` 中填写当前的 {metric}。' },
      },
      requirement: { message: { en: 'requirement set here', zh: '门槛在此设定' } },
      metric: { message: { en: 'store metric stated here', zh: '店铺指标在此' } },
    },
  },
  check({ bundle, proposal, policy, report }) {
    const event = proposal.doc.value.spec.event;
    const req = event ? policy.events[event] : undefined;
    if (!event || !req) return;
    const metrics = bundle.store?.value.spec.metrics;
    const dsr = metrics?.dsr;
    const dsrValues = dsr ? [dsr.description, dsr.service, dsr.logistics].filter((v): v is number => v !== undefined) : [];
    const checks: { metric: string; required: number | undefined; actual: number | undefined; key: string; at: string }[] = [
      { metric: 'DSR', required: req.minDsr, actual: dsrValues.length ? Math.min(...dsrValues) : undefined, key: 'min_dsr', at: '/spec/metrics/dsr' },
      { metric: 'store_age_days', required: req.minStoreAgeDays, actual: metrics?.store_age_days, key: 'min_store_age_days', at: '/spec/metrics/store_age_days' },
      { metric: 'experience_score', required: req.minExperienceScore, actual: metrics?.experience_score, key: 'min_experience_score', at: '/spec/metrics/experience_score' },
    ];
    for (const c of checks) {
      if (c.required === undefined || (c.actual !== undefined && c.actual >= c.required)) continue;
      const related = policyRelated(policy, `/spec/events/${event}/${c.key}`, 'requirement');
      if (bundle.store && c.actual !== undefined) related.push({ doc: bundle.store as PolicyDocument, pointer: c.at, messageId: 'metric' });
      report(eventEligibilityCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/event',
        messageId: c.actual === undefined ? 'unknownMetric' : 'below',
        params: { event, metric: c.metric, required: c.required, actual: c.actual ?? '' },
        related,
      });
    }
  },
};
