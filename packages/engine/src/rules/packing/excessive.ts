import { formatFen, parseMoney, type PackingStandard, type PolicyDocument } from '@storepolicy/schema';
import { defineRule, type RuleContext } from '../../rule.js';
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
const AMENDMENT = `${LAW} amendment No. 1`;
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
    const limits = resolveLimits(doc, context);
    if (!store) return;

    doc.value.spec.categories.forEach((rule, index) => {
      const found = findCategory(store, rule.category);
      const group = found && packagingGroup(found.category);
      if (!found || !group) return;
      const base = `/spec/categories/${index}`;
      const category = rule.category;
      const source = sourceFor(group);
      // Relate to whatever decided the group: the declared packaging_group, else the legal class.
      const groupKey = found.category.packaging_group ? 'packaging_group' : 'legal_class';
      const related = [{ doc: store, pointer: `${found.pointer}/${groupKey}`, messageId: 'group', params: { category, group } }];

      const maxLayers = limits.maxLayers[group];
      if (rule.layers !== undefined && rule.layers > maxLayers) {
        const params = { category, group, layers: rule.layers, max: maxLayers, source };
        context.report({ doc, pointer: `${base}/layers`, messageId: 'layers', params, related });
      }

      if (rule.packaging_cost === undefined || rule.min_price === undefined) return;
      const costFen = parseMoney(rule.packaging_cost);
      const minFen = parseMoney(rule.min_price);
      const maxFen = rule.max_price === undefined ? minFen : parseMoney(rule.max_price);
      const premium = PREMIUM_GROUPS.includes(group);
      // The share is highest at the lowest price; judge it with the limit that applies there.
      const limitAtMin = premium && minFen > limits.premiumFen ? limits.premiumCost : limits.maxCost;
      if (exceedsPercent(costFen, minFen, limitAtMin)) {
        const params = {
          category,
          cost: formatFen(costFen),
          price: formatFen(minFen),
          share: share(costFen, minFen),
          max: limitAtMin,
          limit: formatFen(Math.floor((minFen * limitAtMin) / 100)),
          source,
        };
        context.report({ doc, pointer: `${base}/packaging_cost`, messageId: 'cost', params, related });
        return;
      }
      // Goods just above the premium price carry the same packaging under the tighter limit.
      const crossesPremium = premium && minFen <= limits.premiumFen && maxFen > limits.premiumFen;
      if (crossesPremium && exceedsPercent(costFen, limits.premiumFen, limits.premiumCost)) {
        const params = {
          category,
          group,
          cost: formatFen(costFen),
          price: formatFen(maxFen),
          premium: formatFen(limits.premiumFen),
          max: limits.premiumCost,
          limit: formatFen(Math.floor((limits.premiumFen * limits.premiumCost) / 100)),
          source,
        };
        context.report({ doc, pointer: `${base}/packaging_cost`, messageId: 'premiumCost', params, related });
      }
    });
  },
});

function sourceFor(group: PackagingGroup): string {
  return PREMIUM_GROUPS.includes(group) ? AMENDMENT : LAW;
}

interface Limits {
  maxLayers: Record<PackagingGroup, number>;
  maxCost: number;
  premiumCost: number;
  premiumFen: number;
}

/**
 * The limits in force: the store's own numbers where they are stricter than
 * the law, else the law's. A looser store number is itself a finding (at its
 * key), and the law's number is used in its place.
 */
function resolveLimits(doc: PolicyDocument<PackingStandard>, context: RuleContext): Limits {
  const configured = doc.value.spec.excessive_packaging ?? {};
  const stricter = (key: string, value: number | undefined, law: number, source: string): number => {
    if (value === undefined || value <= law) return value ?? law;
    context.report({ doc, pointer: `${LIMITS_POINTER}/${key.replace('.', '/')}`, messageId: 'loosensLaw', params: { field: key, value, law, source } });
    return law;
  };
  const maxLayers = {} as Record<PackagingGroup, number>;
  for (const group of Object.keys(LAW_MAX_LAYERS) as PackagingGroup[]) {
    maxLayers[group] = stricter(`max_layers.${group}`, configured.max_layers?.[group], LAW_MAX_LAYERS[group], sourceFor(group));
  }
  const maxCost = stricter('max_cost_percent', configured.max_cost_percent, LAW_MAX_COST_PERCENT, LAW);
  // The premium limit is a tightening: it can never be looser than the general one.
  const premiumCost = Math.min(
    stricter('premium_max_cost_percent', configured.premium_max_cost_percent, LAW_PREMIUM_MAX_COST_PERCENT, AMENDMENT),
    maxCost,
  );
  // A higher premium price would exempt more goods from the tighter limit, so only lower is stricter.
  const lawPremiumFen = LAW_PREMIUM_PRICE_YUAN * 100;
  let premiumFen = lawPremiumFen;
  if (configured.premium_price !== undefined) {
    const fen = parseMoney(configured.premium_price);
    if (fen <= lawPremiumFen) premiumFen = fen;
    else {
      const params = { field: 'premium_price', value: formatFen(fen), law: formatFen(lawPremiumFen), source: AMENDMENT };
      context.report({ doc, pointer: `${LIMITS_POINTER}/premium_price`, messageId: 'loosensLaw', params });
    }
  }
  return { maxLayers, maxCost, premiumCost, premiumFen };
}

/** One decimal, rounded up, so "20.1%" never displays as "20%". */
function share(costFen: number, priceFen: number): string {
  return (Math.ceil((costFen * 1000) / priceFen) / 10).toFixed(1);
}
