import { formatFen, parseMoney } from '@storepolicy/schema';
import { defineRule } from '../../rule.js';
import { findCategory } from '../after-sales/_categories.js';
import {
  exceedsPercent,
  LAW_MAX_COST_PERCENT,
  LAW_MAX_LAYERS,
  LAW_PREMIUM_MAX_COST_PERCENT,
  LAW_PREMIUM_PRICE_YUAN,
  packagingGroup,
  PREMIUM_GROUPS,
  type PackagingGroup,
} from './_gb23350.js';

const LAW = 'GB 23350-2021';
const LIMITS_POINTER = '/spec/excessive_packaging';

export const excessive = defineRule({
  meta: {
    code: 'packing/excessive',
    severity: 'error',
    law: true,
    summary: {
      en: 'Food and cosmetics packaging stays within the GB 23350-2021 layer and cost limits.',
      zh: '食品和化妆品包装层数和包装成本不超过 GB 23350-2021 的限量。',
    },
    messages: {
      layers: {
        message: {
          en: 'Category "{category}" ({group}) is packed in {layers} layers, more than the {max} allowed ({source}): excessive packaging of food and cosmetics is banned.',
          zh: '类目 "{category}"（{group}）包装层数为 {layers} 层，超过允许的 {max} 层（{source}）：食品和化妆品不得过度包装。',
        },
        hint: { en: 'Remove layers until at most {max} remain (a tray holding the food does not count).', zh: '减少包装层数至不超过 {max} 层（固定食品的半托不计为一层）。' },
      },
      cost: {
        message: {
          en: 'Category "{category}" packaging costs {cost} yuan, {share}% of the {price}-yuan selling price, above the {max}% allowed ({source}).',
          zh: '类目 "{category}" 的包装成本为 {cost} 元，占 {price} 元售价的 {share}%，超过允许的 {max}%（{source}）。',
        },
        hint: { en: 'Bring the packaging cost to at most {limit} yuan, or raise the lowest price packed this way.', zh: '把包装成本降到 {limit} 元以内，或提高采用该包装商品的最低售价。' },
      },
      premiumCost: {
        message: {
          en: 'Category "{category}" ({group}) sells above {premium} yuan (up to {price} yuan), where packaging may cost at most {max}% of the price; {cost} yuan is more than {max}% of a price just above {premium} yuan ({source}).',
          zh: '类目 "{category}"（{group}）有售价高于 {premium} 元的商品（最高 {price} 元），其包装成本不得超过售价的 {max}%；{cost} 元已超过略高于 {premium} 元售价的 {max}%（{source}）。',
        },
        hint: { en: 'Bring the packaging cost to at most {limit} yuan for goods above {premium} yuan.', zh: '售价高于 {premium} 元的商品，包装成本应不超过 {limit} 元。' },
      },
      loosensLaw: {
        message: {
          en: '{field} is {value}, looser than the law\'s {law} ({source}): a store may tighten the limits, never loosen them.',
          zh: '{field} 为 {value}，比法定的 {law} 更宽松（{source}）：店铺只能收紧限量，不能放宽。',
        },
        hint: { en: 'Set it to {law} or stricter, or remove it to use the law\'s value.', zh: '改为 {law} 或更严格，或删除以使用法定值。' },
      },
      group: {
        message: { en: 'Category "{category}" is a {group} category here.', zh: '类目 "{category}" 在此定义为 {group}。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.packing;
    const store = bundle.store;
    if (!doc) return;
    const limits = doc.value.spec.excessive_packaging ?? {};
    const sourceFor = (group: PackagingGroup) => (PREMIUM_GROUPS.includes(group) ? `${LAW} amendment No. 1` : LAW);

    // A store value looser than the law is itself the finding; the law's value then applies.
    const stricter = (pointer: string, field: string, value: number | undefined, law: number, source: string): number => {
      if (value === undefined) return law;
      if (value <= law) return value;
      context.report({ doc, pointer, messageId: 'loosensLaw', params: { field, value, law, source } });
      return law;
    };
    const maxLayers = {} as Record<PackagingGroup, number>;
    for (const group of Object.keys(LAW_MAX_LAYERS) as PackagingGroup[]) {
      maxLayers[group] = stricter(`${LIMITS_POINTER}/max_layers/${group}`, `max_layers.${group}`, limits.max_layers?.[group], LAW_MAX_LAYERS[group], sourceFor(group));
    }
    const maxCost = stricter(`${LIMITS_POINTER}/max_cost_percent`, 'max_cost_percent', limits.max_cost_percent, LAW_MAX_COST_PERCENT, LAW);
    const premiumCost = stricter(`${LIMITS_POINTER}/premium_max_cost_percent`, 'premium_max_cost_percent', limits.premium_max_cost_percent, LAW_PREMIUM_MAX_COST_PERCENT, `${LAW} amendment No. 1`);
    // A higher premium price would exempt more goods from the 15% limit, so only lower is stricter.
    let premiumFen = LAW_PREMIUM_PRICE_YUAN * 100;
    if (limits.premium_price !== undefined) {
      const configured = parseMoney(limits.premium_price);
      if (configured <= premiumFen) premiumFen = configured;
      else context.report({ doc, pointer: `${LIMITS_POINTER}/premium_price`, messageId: 'loosensLaw', params: { field: 'premium_price', value: formatFen(configured), law: formatFen(premiumFen), source: `${LAW} amendment No. 1` } });
    }
    if (!store) return;

    doc.value.spec.categories.forEach((rule, index) => {
      const found = findCategory(store, rule.category);
      const group = found && packagingGroup(found.category);
      if (!found || !group) return;
      const base = `/spec/categories/${index}`;
      // Relate to whatever decided the group: the declared packaging_group, else the legal class.
      const groupKey = found.category.packaging_group ? 'packaging_group' : 'legal_class';
      const related = [{ doc: store, pointer: `${found.pointer}/${groupKey}`, messageId: 'group', params: { category: rule.category, group } }];
      const source = sourceFor(group);
      if (rule.layers !== undefined && rule.layers > maxLayers[group]) {
        context.report({ doc, pointer: `${base}/layers`, messageId: 'layers', params: { category: rule.category, group, layers: rule.layers, max: maxLayers[group], source }, related });
      }
      if (rule.packaging_cost === undefined || rule.min_price === undefined) return;
      const costFen = parseMoney(rule.packaging_cost);
      const minFen = parseMoney(rule.min_price);
      const maxFen = rule.max_price === undefined ? minFen : parseMoney(rule.max_price);
      const premium = PREMIUM_GROUPS.includes(group);
      // The share is highest at the lowest price; judge it with the limit that applies there.
      const limitAtMin = premium && minFen > premiumFen ? premiumCost : maxCost;
      if (exceedsPercent(costFen, minFen, limitAtMin)) {
        context.report({
          doc,
          pointer: `${base}/packaging_cost`,
          messageId: 'cost',
          params: { category: rule.category, cost: formatFen(costFen), price: formatFen(minFen), share: share(costFen, minFen), max: limitAtMin, limit: formatFen(Math.floor((minFen * limitAtMin) / 100)), source },
          related,
        });
        return;
      }
      // Goods just above the premium price carry the same packaging under the tighter limit.
      if (premium && minFen <= premiumFen && maxFen > premiumFen && exceedsPercent(costFen, premiumFen, premiumCost)) {
        context.report({
          doc,
          pointer: `${base}/packaging_cost`,
          messageId: 'premiumCost',
          params: { category: rule.category, group, cost: formatFen(costFen), price: formatFen(maxFen), premium: formatFen(premiumFen), max: premiumCost, limit: formatFen(Math.floor((premiumFen * premiumCost) / 100)), source },
          related,
        });
      }
    });
  },
});

/** One decimal, rounded up, so "20.1%" never displays as "20%". */
function share(costFen: number, priceFen: number): string {
  return (Math.ceil((costFen * 1000) / priceFen) / 10).toFixed(1);
}
