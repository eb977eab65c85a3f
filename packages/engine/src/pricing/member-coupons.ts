import { parseMoney, type PolicyDocument, type Promotion } from '@storepolicy/schema';
import type { StoreBundle } from '../model.js';
import type { CompiledPromotion } from './compile.js';
import type { ResolvedPolicy } from './policy.js';

function fen(value: number | string | undefined): number {
  if (value === undefined) return 0;
  try {
    return parseMoney(value);
  } catch {
    return 0;
  }
}

/** `by` of a birthday coupon's price step and its id in a row's `promotions`. */
export function birthdayCouponId(tier: string): string {
  return `birthday_coupon:${tier}`;
}

/**
 * A tier's birthday coupon (生日券) as the coupon it is (SPEC section 9): a
 * member in her birthday month can spend it during any promotion, so the
 * worst stacked case counts it for that tier, always active, store-wide,
 * stacking by the policy's `coupon` rule. The single-unit price, the price
 * an ordinary buyer of the tier pays, leaves it out (`worstOnly`).
 */
export function memberCoupons(bundle: StoreBundle, policy: ResolvedPolicy): CompiledPromotion[] {
  const doc = bundle.memberTiers;
  if (!doc) return [];
  const rule = policy.stacking.coupon;
  const out: CompiledPromotion[] = [];
  for (const tier of doc.value.spec.tiers) {
    const amount = fen(tier.benefits.birthday_coupon);
    if (amount === 0) continue;
    const id = birthdayCouponId(tier.id);
    out.push({
      id,
      label: id,
      // Findings never sit on this entry (it is not a Promotion); the doc is
      // where the coupon is defined, for anything that wants to point there.
      doc: doc as unknown as PolicyDocument<Promotion>,
      type: 'coupon',
      cls: 'order',
      rank: policy.rank.coupon,
      approved: true,
      start: Number.NEGATIVE_INFINITY,
      end: Number.POSITIVE_INFINITY,
      scope: { all: true, categories: undefined, skus: undefined },
      tiers: new Set([tier.id]),
      combinesWith: rule.combinesWith,
      exclusive: rule.exclusive,
      allowWithGlobal: rule.allowWithGlobal,
      widens: [],
      loosensExclusive: false,
      product: { kind: 'none' },
      threshold: undefined,
      coupon: { amount, minSpend: fen(tier.benefits.birthday_coupon_min_spend) },
      giftValue: 0,
      referencePrice: undefined,
      worstOnly: true,
      memberBenefit: true,
    });
  }
  return out;
}
