import type { PromotionClass, PromotionType } from '@storepolicy/schema';

/** SPEC section 5 table, in its order (which is also the default lever priority). */
export const PROMOTION_TYPES: readonly PromotionType[] = [
  'free_shipping',
  'gift',
  'free_return_shipping',
  'flash_sale',
  'time_limited_discount',
  'product_discount',
  'threshold_reduction',
  'coupon',
  'prize_draw',
  'member_price',
];

export const CLASS_OF: Readonly<Record<PromotionType, PromotionClass>> = {
  free_shipping: 'shipping',
  gift: 'gift',
  free_return_shipping: 'shipping',
  flash_sale: 'product',
  time_limited_discount: 'product',
  product_discount: 'product',
  threshold_reduction: 'order',
  coupon: 'order',
  prize_draw: 'gift',
  member_price: 'member',
};

export const PROMOTION_CLASSES: readonly PromotionClass[] = ['product', 'order', 'member', 'shipping', 'gift'];

/** Classes whose promotions lower the unit price (the "price levers"). */
export function cutsPrice(type: PromotionType): boolean {
  const cls = CLASS_OF[type];
  return cls === 'product' || cls === 'order';
}

export type Exclusivity = 'none' | 'class' | 'global';

export const EXCLUSIVITY_RANK: Readonly<Record<Exclusivity, number>> = { none: 0, class: 1, global: 2 };
