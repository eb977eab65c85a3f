import type { StoreBundle } from '../model.js';
import { FULL, toBasisPoints } from './math.js';

export interface PricingTier {
  id: string;
  /** price_percent in basis points (9000 = pays 90%). */
  basisPoints: number;
}

/** Tier used when a store has no MemberTiers: everyone pays the promotion price. */
export const NO_TIER: PricingTier = { id: 'all', basisPoints: FULL };

/** The store's tiers in order, optionally narrowed to `only`. */
export function pricingTiers(bundle: StoreBundle, only?: readonly string[]): PricingTier[] {
  const defined = bundle.memberTiers?.value.spec.tiers.map((t) => ({ id: t.id, basisPoints: toBasisPoints(t.benefits.price_percent) }));
  const tiers = defined && defined.length > 0 ? defined : [NO_TIER];
  return only && only.length > 0 ? tiers.filter((t) => only.includes(t.id)) : tiers;
}

/** The store's IANA timezone (Asia/Shanghai unless Store says otherwise). */
export function storeTimeZone(bundle: StoreBundle): string {
  return bundle.store?.value.spec.timezone ?? 'Asia/Shanghai';
}
