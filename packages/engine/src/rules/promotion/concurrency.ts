import { windowsOverlap, type CompiledPromotion } from '../../pricing/compile.js';
import { meetingPlaces, tiersMeet } from '../../pricing/overlap.js';
import { storeTime } from '../../pricing/store-time.js';
import { storeTimeZone } from '../../pricing/tiers.js';
import type { RelatedInput } from '../../rule.js';
import { limitRelated, type PromotionCheck } from './_check.js';

export interface Peak {
  count: number;
  /** The instant (epoch ms) the peak begins: the start of `startedBy`. */
  at: number;
  /** The promotion whose start begins the peak. */
  startedBy: CompiledPromotion;
  /** `p` first, then the others active at `at`. */
  active: CompiledPromotion[];
}

/**
 * The most promotions active together with `p` on one place (a group of
 * SKUs) at one instant. Activity only changes at a start, so the starts
 * inside `p`'s window (and its own) are the instants to look at.
 */
export function peakConcurrency(p: CompiledPromotion, others: readonly CompiledPromotion[], places: readonly boolean[][]): Peak {
  // Place flags are over [p, ...near].
  const near = others.filter((o) => windowsOverlap(p, o) && tiersMeet(p, o));
  let best: Peak = { count: 1, at: p.start, startedBy: p, active: [p] };
  const starters = [p, ...near.filter((o) => o.start > p.start && o.start < p.end)];
  for (const place of places) {
    if (!place[0]) continue;
    for (const starter of starters) {
      const t = starter.start;
      const active = near.filter((o, i) => place[i + 1] && o.start <= t && t < o.end);
      if (active.length + 1 > best.count) {
        best = { count: active.length + 1, at: t, startedBy: starter, active: [p, ...active] };
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
          en: '{count} promotions are active on the same products from {at}, when {startedBy} starts ({ids}), more than the policy maximum of {max}: customers cannot tell what they will pay',
          zh: '自 {at}（{startedBy} 开始时）起有 {count} 个促销同时作用于相同商品（{ids}），超过政策上限 {max} 个：顾客无法弄清实际价格',
        },
        hint: { en: 'Move or end one of them, or narrow the scope.', zh: '错开或提前结束其中一个，或缩小范围。' },
      },
      limit: { message: { en: 'concurrency limit set here', zh: '并发上限在此设定' } },
      activeFrom: { message: { en: '{id} is active from {start}', zh: '{id} 自 {start} 起生效' } },
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
    // every instant on the store's clock, whatever offset each document wrote its start in,
    // and each start shown at its own promotion (a related location), never at this one
    const zone = storeTimeZone(bundle);
    const starts: RelatedInput[] = peak.active
      .filter((o) => o !== proposal)
      .map((o) => ({ doc: o.doc, pointer: '/spec/window/start', messageId: 'activeFrom', params: { id: o.id, start: storeTime(o.start, zone) } }));
    report(concurrencyCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: 'tooMany',
      params: { count: peak.count, at: storeTime(peak.at, zone), startedBy: peak.startedBy.id, ids: peak.active.map((o) => o.id).join(', '), max },
      related: [...starts, ...limitRelated(policy, 'maxConcurrent', 'limit')],
    });
  },
};
