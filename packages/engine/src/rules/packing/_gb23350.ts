import type { Store } from '@storepolicy/schema';

/**
 * GB 23350-2021 《限制商品过度包装要求 食品和化妆品》 (in force 2023-09-01) with
 * amendment No. 1 (第1号修改单, in force 2022-08-15, mooncakes and zongzi).
 * Layers: grain and grain products <= 3; other food and cosmetics <= 4;
 * mooncakes and zongzi <= 3 (amendment No. 1, down from 4).
 * Cost of all packaging beyond the initial layer <= 20% of the selling price;
 * mooncakes and zongzi priced above 100 yuan <= 15% (amendment No. 1).
 * The void-ratio limit (包装空隙率) needs box and product volumes and is not checked.
 */
export type PackagingGroup = 'grain' | 'mooncake' | 'zongzi' | 'other_food' | 'cosmetics';

export const LAW_MAX_LAYERS: Record<PackagingGroup, number> = {
  grain: 3,
  mooncake: 3,
  zongzi: 3,
  other_food: 4,
  cosmetics: 4,
};
export const LAW_MAX_COST_PERCENT = 20;
export const LAW_PREMIUM_PRICE_YUAN = 100;
export const LAW_PREMIUM_MAX_COST_PERCENT = 15;
export const PREMIUM_GROUPS: readonly PackagingGroup[] = ['mooncake', 'zongzi'];

type StoreCategory = Store['spec']['categories'][number];

/** The category's GB 23350 group: declared, else derived from its legal class; undefined when not covered. */
export function packagingGroup(category: StoreCategory): PackagingGroup | undefined {
  const declared = category.packaging_group;
  if (declared === 'not_covered') return undefined;
  if (declared) return declared;
  switch (category.legal_class) {
    case 'food':
    case 'health_food':
    case 'fresh':
      return 'other_food';
    case 'cosmetics':
      return 'cosmetics';
    default:
      return undefined;
  }
}

/** 20% of 128.00 yuan as integers: cost share above a percentage, without float error. */
export function exceedsPercent(costFen: number, priceFen: number, percent: number): boolean {
  return costFen * 10000 > Math.round(percent * 100) * priceFen;
}
