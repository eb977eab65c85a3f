import { windowsOverlap, type CompiledPromotion } from '../../pricing/compile.js';
import { meetingPlaces, tiersMeet } from '../../pricing/overlap.js';
import { limitRelated, type PromotionCheck } from './_check.js';

export interface Peak {
  count: number;
  /** The start (as its document wrote it, with offset) where the peak begins. */
  at: string;
  ids: string[];
}

/**
 * The most promotions active together with `p` on one place (a group of
 * SKUs) at one instant. Activity only changes at a start, so the starts
 * inside `p`'s window (and its own) are the instants to look at.
 */
export function peakConcurrency(p: CompiledPromotion, others: readonly CompiledPromotion[], places: readonly boolean[][]): Peak {
  // Place flags are over [p, ...near].
  const near = others.filter((o) => windowsOverlap(p, o) && tiersMeet(p, o));
  let best: Peak = { count: 1, at: p.doc.value.spec.window.start, ids: [p.id] };
  const starters = [p, ...near.filter((o) => o.start > p.start && o.start < p.end)];
  for (const place of places) {
    if (!place[0]) continue;
    for (const starter of starters) {
      const t = starter.start;
      const active = near.filter((o, i) => place[i + 1] && o.start <= t && t < o.end);
      if (active.length + 1 > best.count) {
        best = { count: active.length + 1, at: starter.doc.value.spec.window.start, ids: [p.id, ...active.map((o) => o.id)] };
      }
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
          en: '{count} promotions are active on the same products from {at} ({ids}), more than the policy maximum of {max}: customers cannot tell what they will pay',
          zh: '自 {at} 起有 {count} 个促销同时作用于相同商品（{ids}），超过政策上限 {max} 个：顾客无法弄清实际价格',
        },
        hint: { en: 'Move or end one of them, or narrow the scope.', zh: '错开或提前结束其中一个，或缩小范围。' },
      },
      limit: { message: { en: 'concurrency limit set here', zh: '并发上限在此设定' } },
    },
  },
  check({ bundle, proposal, others, policy, catalog, report }) {
    if (Number.isNaN(proposal.start) || !(proposal.end > proposal.start)) return;
    const max = policy.limits.maxConcurrent;
    const near = others.filter((o) => windowsOverlap(proposal, o) && tiersMeet(proposal, o));
    if (near.length + 1 <= max) return;
    const categories = bundle.store?.value.spec.categories.map((c) => c.id) ?? [];
    const peak = peakConcurrency(proposal, near, meetingPlaces([proposal, ...near], catalog, categories));
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
