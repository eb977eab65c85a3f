import { formatFen } from '@storepolicy/schema';
import type { CompiledPromotion } from '../../pricing/compile.js';
import type { PriceRow, TierInversionMark } from '../../pricing/types.js';
import type { FindingInput, RelatedInput, RuleMeta } from '../../rule.js';
import { mechanicPointer, policyRelated } from './_check.js';
import { MORE_MESSAGE, type SkuCheck, type SkuCheckContext } from './_sku-check.js';

const meta: RuleMeta = {
  code: 'promotion/tier-inversion',
  severity: 'error',
  summary: {
    en: 'A higher member tier never pays more for a unit than a lower tier.',
    zh: '高等级会员的单件价不得高于低等级会员。',
  },
  messages: {
    threshold: {
      message: {
        en: '{sku}: {higher} pays {higherPrice}, more than {lower} ({lowerPrice}): the {higher} price {reach} misses the {need} threshold of {promotion} by {gap}, which the {lower} price reaches',
        zh: '{sku}：{higher} 付 {higherPrice}，比 {lower}（{lowerPrice}）还贵：{higher} 的价格 {reach} 差 {gap} 达不到 {promotion} 的满 {need} 门槛，而 {lower} 的价格达得到',
      },
      hint: {
        en: 'Lower the threshold of {promotion} to {reach} or less so that both tiers reach it.',
        zh: '把 {promotion} 的门槛降到 {reach} 或更低，让两个等级都能达到。',
      },
    },
    'min-spend': {
      message: {
        en: '{sku}: {higher} pays {higherPrice}, more than {lower} ({lowerPrice}): the {higher} price {reach} misses the {need} minimum spend of the coupon {promotion} by {gap}, which the {lower} price reaches',
        zh: '{sku}：{higher} 付 {higherPrice}，比 {lower}（{lowerPrice}）还贵：{higher} 的价格 {reach} 差 {gap} 达不到优惠券 {promotion} 的最低消费 {need}，而 {lower} 的价格达得到',
      },
      hint: {
        en: 'Lower the minimum spend of {promotion} to {reach} or less so that both tiers can use it.',
        zh: '把 {promotion} 的最低消费降到 {reach} 或更低，让两个等级都能用券。',
      },
    },
    'not-applied': {
      message: {
        en: '{sku}: {higher} pays {higherPrice}, more than {lower} ({lowerPrice}): {promotion} applies to {lower} but not to {higher}',
        zh: '{sku}：{higher} 付 {higherPrice}，比 {lower}（{lowerPrice}）还贵：{promotion} 适用于 {lower}，却不适用于 {higher}',
      },
      hint: {
        en: 'Make {promotion} available to {higher} too (its tiers, or the stacking rule that keeps it out).',
        zh: '让 {promotion} 也适用于 {higher}（调整其适用等级或阻止叠加的规则）。',
      },
    },
    other: {
      message: {
        en: '{sku}: {higher} pays {higherPrice}, more than {lower} ({lowerPrice})',
        zh: '{sku}：{higher} 付 {higherPrice}，比 {lower}（{lowerPrice}）还贵',
      },
      hint: {
        en: 'Lower {higher} price_percent to {percent}% or less, or change the promotions so that the {higher} price is not above the {lower} price.',
        zh: '把 {higher} 的 price_percent 降到 {percent}% 或更低，或调整促销，使 {higher} 的价格不高于 {lower}。',
      },
    },
    unexplained: {
      message: {
        en: '{sku}: {higher} pays {higherPrice}, more than {lower} ({lowerPrice})',
        zh: '{sku}：{higher} 付 {higherPrice}，比 {lower}（{lowerPrice}）还贵',
      },
      hint: {
        en: 'Change the promotions or the member prices so that the {higher} price is not above the {lower} price.',
        zh: '调整促销或会员价，使 {higher} 的价格不高于 {lower}。',
      },
    },
    more: MORE_MESSAGE,
    lever: { message: { en: 'the threshold or minimum the {higher} price misses', zh: '{higher} 价格未达到的门槛或最低消费' } },
    stack: {
      message: {
        en: '{promotion} lowers the {higher} price before the threshold or minimum is judged',
        zh: '{promotion} 在判断门槛或最低消费之前已降低 {higher} 的价格',
      },
    },
    percent: { message: { en: 'the {higher} member price is set here', zh: '{higher} 的会员价比例在此设定' } },
    policy: { message: { en: 'severity set here (tier_inversion)', zh: '严重级别在此设定（tier_inversion）' } },
  },
};

/**
 * `promotion/tier-inversion`: for every SKU of the dry-run, a higher tier (by
 * the MemberTiers order) whose single-unit price is above a lower tier's.
 * The dry-run marks each inverted row (`paysMoreThan`, against the cheapest
 * lower tier, with the lever); the finding goes on the proposal that labels
 * the row, so it is reported once. In `validate`'s calendar pricing every
 * approved promotion covering the SKU labels the same row in turn: there the
 * finding is keyed by SKU, tier pair and lever, reported once, and located at
 * the lever (the threshold or minimum the higher tier misses), the one value
 * a reviewer would change.
 */
export const tierInversionCheck: SkuCheck = {
  meta,
  checkSku(ctx) {
    const severity = ctx.policy.tierInversionSeverity;
    if (severity === 'off') return;
    for (const row of ctx.rows) {
      const mark = row.paysMoreThan;
      if (!mark || row.promotion !== ctx.proposal.id) continue;
      if (ctx.calendar && !ctx.calendar.first([ctx.item.sku, row.tier, mark.tier, mark.lever, mark.promotion ?? ''].join('\u0000'))) continue;
      report(ctx, row, mark, severity);
    }
  },
};

function report(ctx: SkuCheckContext, higher: PriceRow, mark: TierInversionMark, severity: 'error' | 'warning'): void {
  // Built only when kept: thousands of inverted rows share one summary finding.
  ctx.report(meta, () => finding(ctx, higher, mark, severity));
}

function finding(ctx: SkuCheckContext, higher: PriceRow, mark: TierInversionMark, severity: 'error' | 'warning'): FindingInput {
  const params: Record<string, string | number> = {
    sku: ctx.item.sku,
    higher: higher.tier,
    higherPrice: formatFen(higher.single),
    lower: mark.tier,
    lowerPrice: formatFen(mark.single),
  };
  let messageId: string;
  if ((mark.lever === 'threshold' || mark.lever === 'min-spend') && mark.reach !== undefined && mark.need !== undefined) {
    messageId = mark.lever;
    Object.assign(params, {
      promotion: mark.promotion ?? '',
      reach: formatFen(mark.reach),
      need: formatFen(mark.need),
      gap: formatFen(mark.need - mark.reach),
    });
  } else if (mark.lever === 'not-applied') {
    messageId = 'not-applied';
    params.promotion = mark.promotion ?? '';
  } else {
    // No single lever to name: the member percentage is the one knob that always exists.
    const percent = largestPercentBelow(ctx, higher.tier, mark.single);
    messageId = percent === undefined ? 'unexplained' : 'other';
    if (percent !== undefined) params.percent = percent;
  }
  const lever = leverOf(ctx, mark);
  const members = memberRelated(ctx, higher.tier);
  if (ctx.calendar && lever) return { ...lever, messageId, params, severity, related: [...stackRelated(ctx, higher, lever), ...members] };
  const leverRelated: RelatedInput[] = lever ? [{ ...lever, messageId: 'lever', params: { higher: higher.tier } }] : [];
  return {
    doc: ctx.proposal.doc,
    pointer: mechanicPointer(ctx.proposal),
    messageId,
    params,
    severity,
    related: [...leverRelated, ...members],
  };
}

/** Where the threshold or minimum the higher tier misses is set (not a member benefit: those are no document of their own). */
function leverOf(ctx: SkuCheckContext, mark: TierInversionMark): { doc: CompiledPromotion['doc']; pointer: string } | undefined {
  if (mark.lever !== 'threshold' && mark.lever !== 'min-spend') return undefined;
  const lever = ctx.pool.find((p) => p.id === mark.promotion);
  if (!lever || lever.memberBenefit) return undefined;
  const pointer = mark.lever === 'threshold' ? '/spec/threshold/spend' : '/spec/coupon/min_spend';
  return { doc: lever.doc, pointer: lever.doc.has(pointer) ? pointer : mechanicPointer(lever) };
}

/**
 * In the calendar the finding sits on the lever; the other promotions that
 * lowered the higher tier's price before the lever was judged are the other
 * end a reviewer needs (a discount approved apart from the coupon it now
 * undercuts).
 */
function stackRelated(ctx: SkuCheckContext, higher: PriceRow, lever: { doc: CompiledPromotion['doc'] }): RelatedInput[] {
  const traced = ctx.retrace(higher.tier) ?? higher;
  const out: RelatedInput[] = [];
  let before = traced.list;
  for (const step of traced.steps) {
    const promotion = ctx.pool.find((p) => p.label === step.by);
    if (promotion?.doc === lever.doc) break;
    if (promotion && !promotion.memberBenefit && step.price < before) {
      out.push({ doc: promotion.doc, pointer: mechanicPointer(promotion), messageId: 'stack', params: { higher: higher.tier, promotion: promotion.id } });
    }
    before = step.price;
  }
  return out;
}

function memberRelated(ctx: SkuCheckContext, higher: string): RelatedInput[] {
  const out: RelatedInput[] = [];
  const tiers = ctx.bundle.memberTiers;
  const index = tiers?.value.spec.tiers.findIndex((t) => t.id === higher) ?? -1;
  if (tiers && index >= 0) {
    out.push({ doc: tiers, pointer: `/spec/tiers/${index}/benefits/price_percent`, messageId: 'percent', params: { higher } });
  }
  out.push(...policyRelated(ctx.policy, '/spec/tier_inversion', 'policy'));
  return out;
}

/**
 * The largest whole price_percent below the tier's own at which it pays no
 * more than `target`. Prices are not monotone in the percentage (a lower
 * member price can miss a threshold), so each candidate is priced in full.
 */
function largestPercentBelow(ctx: SkuCheckContext, tier: string, target: number): number | undefined {
  const current = ctx.tierBasisPoints(tier);
  if (current === undefined) return undefined;
  for (let percent = Math.ceil(current / 100) - 1; percent >= 1; percent--) {
    const row = ctx.retrace(tier, percent * 100);
    if (row && row.single <= target) return percent;
  }
  return undefined;
}
