import type { CompiledPromotion } from '../../pricing/compile.js';
import { promotionsMeet } from '../../pricing/overlap.js';
import { limitRelated, type PromotionCheck } from './_check.js';

/**
 * The most promotions active together with `p` on its products at one
 * instant. Activity only changes at a start, so the starts inside `p`'s
 * window (and its own) are the instants to look at.
 */
export function peakConcurrency(
  p: CompiledPromotion,
  others: readonly CompiledPromotion[],
  meets: (a: CompiledPromotion, b: CompiledPromotion) => boolean,
): { count: number; at: string; ids: string[] } {
  const near = others.filter((o) => meets(p, o));
  // Each instant is some promotion's start: report it as that document wrote it (with its offset).
  let best = { count: 1, at: p.doc.value.spec.window.start, ids: [p.id] };
  const starters = [p, ...near.filter((o) => o.start > p.start && o.start < p.end)];
  for (const starter of starters) {
    const t = starter.start;
    const active = near.filter((o) => o.start <= t && t < o.end);
    if (active.length + 1 > best.count) {
      best = { count: active.length + 1, at: starter.doc.value.spec.window.start, ids: [p.id, ...active.map((o) => o.id)] };
    }
  }
  return best;
}

/** `promotion/concurrency`: at most N (3) promotions active on one SKU at one instant. */
export const concurrencyCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/concurrency',
    severity: 'error',
    summary: { en: 'At most N promotions are active on one SKU at one instant.', zh: '同一 SKU 同一时刻生效的促销不超过 N 个。' },
    messages: {
      tooMany: {
        message: {
          en: '{count} promotions are active on the same products at {at} ({ids}), more than the policy maximum of {max}: customers cannot tell what they will pay',
          zh: '{at} 时有 {count} 个促销同时作用于相同商品（{ids}），超过政策上限 {max} 个：顾客无法弄清实际价格',
        },
        hint: { en: 'Move or end one of them, or narrow the scope.', zh: '错开或提前结束其中一个，或缩小范围。' },
      },
      limit: { message: { en: 'concurrency limit set here', zh: '并发上限在此设定' } },
    },
  },
  check({ proposal, others, policy, catalog, report }) {
    if (Number.isNaN(proposal.start) || !(proposal.end > proposal.start)) return;
    const max = policy.limits.maxConcurrent;
    const peak = peakConcurrency(proposal, others, (a, b) => promotionsMeet(a, b, catalog));
    if (peak.count <= max) return;
    report(concurrencyCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: 'tooMany',
      params: { count: peak.count, at: peak.at, ids: peak.ids.join(', '), max },
      related: limitRelated(policy, 'maxConcurrent', 'limit'),
    });
  },
};
