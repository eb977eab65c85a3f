import { formatFen, parseMoney } from '@storepolicy/schema';
import { LEGAL_PRIZE_CAP } from '../../pricing/policy.js';
import { defineRule } from '../../rule.js';

/** `promotion-policy/limits-sane`: limits that can be met, and no loosening of the law. */
export const limitsSane = defineRule({
  meta: {
    code: 'promotion-policy/limits-sane',
    severity: 'error',
    summary: { en: 'Promotion limits are consistent and within the law.', zh: '促销限制自洽且不突破法律。' },
    messages: {
      depth: {
        message: {
          en: 'max_depth {value}% must be above 0 and below 100: 0 forbids every price cut and 100 allows giving goods away',
          zh: 'max_depth {value}% 必须大于 0 且小于 100：0 等于禁止任何降价，100 等于允许白送',
        },
        hint: { en: 'Use a depth such as 50.', zh: '使用例如 50 的值。' },
      },
      duration: {
        message: {
          en: 'min_duration_hours {min} h is longer than max_duration_days {max} days ({maxHours} h): no promotion could satisfy both',
          zh: 'min_duration_hours {min} 小时长于 max_duration_days {max} 天（{maxHours} 小时）：没有促销能同时满足',
        },
        hint: { en: 'Lower the minimum or raise the maximum.', zh: '降低最短时长或提高最长时长。' },
      },
      blackout: {
        message: {
          en: 'blackout ends at {end}, not after its start {start}: it would never apply',
          zh: '禁止期结束时间 {end} 不晚于开始时间 {start}：永远不会生效',
        },
        hint: { en: 'Set `end` later than `start`.', zh: '把 `end` 设为晚于 `start`。' },
      },
      prizeCap: {
        message: {
          en: 'prize_cap {value} yuan is above the legal cap of {cap} yuan (反不正当竞争法 art. 10): a policy may lower the law, never loosen it',
          zh: 'prize_cap {value} 元高于法定上限 {cap} 元（反不正当竞争法第十条）：政策只能更严，不能放宽',
        },
        hint: { en: 'Set prize_cap to at most {cap}.', zh: '把 prize_cap 设为不超过 {cap}。' },
      },
      cutFrequency: {
        message: {
          en: 'cut_frequency.max 0 forbids every price-cutting promotion; leave it out or set at least 1',
          zh: 'cut_frequency.max 为 0 等于禁止一切降价促销；请删除或至少设为 1',
        },
        hint: { en: 'Use max: 1 or more.', zh: '使用 max: 1 或更大。' },
      },
    },
  },
  check(bundle, { report }) {
    const doc = bundle.promotionPolicy;
    if (!doc) return;
    const spec = doc.value.spec;
    const limits = spec.limits ?? {};
    if (limits.max_depth !== undefined && (limits.max_depth <= 0 || limits.max_depth >= 100)) {
      report({ doc, pointer: '/spec/limits/max_depth', messageId: 'depth', params: { value: limits.max_depth } });
    }
    if (limits.min_duration_hours !== undefined && limits.max_duration_days !== undefined) {
      const maxHours = limits.max_duration_days * 24;
      if (limits.min_duration_hours > maxHours) {
        report({
          doc,
          pointer: '/spec/limits/min_duration_hours',
          messageId: 'duration',
          params: { min: limits.min_duration_hours, max: limits.max_duration_days, maxHours },
        });
      }
    }
    if (limits.cut_frequency?.max === 0) report({ doc, pointer: '/spec/limits/cut_frequency/max', messageId: 'cutFrequency' });
    (spec.blackouts ?? []).forEach((b, i) => {
      if (Date.parse(b.end) > Date.parse(b.start)) return;
      report({ doc, pointer: `/spec/blackouts/${i}/end`, messageId: 'blackout', params: { start: b.start, end: b.end } });
    });
    if (spec.prize_cap !== undefined) {
      let cap: number | undefined;
      try {
        cap = parseMoney(spec.prize_cap);
      } catch {
        cap = undefined;
      }
      if (cap !== undefined && cap > LEGAL_PRIZE_CAP) {
        report({ doc, pointer: '/spec/prize_cap', messageId: 'prizeCap', params: { value: formatFen(cap), cap: formatFen(LEGAL_PRIZE_CAP) } });
      }
    }
  },
});
