import { parseMoney } from '@storepolicy/schema';
import { defineRule } from '../../rule.js';
import { lineOf, tierPointer, yuan, type Tier } from './_tiers.js';

/**
 * Each benefit, as a number where bigger is better for the member, with the
 * value an absent key means (the schema defaults).
 */
const BENEFITS = {
  price_percent: (t: Tier) => -t.benefits.price_percent, // paying less is better
  free_shipping: (t: Tier) => (t.benefits.free_shipping ? 1 : 0),
  free_return_shipping: (t: Tier) => (t.benefits.free_return_shipping ? 1 : 0),
  birthday_coupon: (t: Tier) => (t.benefits.birthday_coupon === undefined ? 0 : parseMoney(t.benefits.birthday_coupon)),
  points_multiplier: (t: Tier) => t.benefits.points_multiplier ?? 1,
} as const;

type Benefit = keyof typeof BENEFITS;

function shown(tier: Tier, benefit: Benefit): string {
  const value = tier.benefits[benefit];
  if (benefit === 'birthday_coupon') return yuan(value === undefined ? 0 : (value as number | string));
  if (value === undefined) return benefit === 'points_multiplier' ? '1' : 'false';
  return String(value);
}

/**
 * A higher tier that pays more or loses a perk punishes the buyers who spend
 * most: every benefit is compared with the best any lower tier already has.
 */
export const benefitOrder = defineRule({
  meta: {
    code: 'tiers/benefit-order',
    severity: 'error',
    summary: {
      en: 'A higher tier never pays more and never loses a benefit a lower tier has.',
      zh: '高等级会员的价格不得高于低等级，也不得失去低等级已有的权益。',
    },
    messages: {
      pricePercent: {
        message: {
          en: 'Tier "{tier}" pays {value}% of the price, more than the lower tier "{lower}" ({lowerValue}%, line {lowerLine}): a higher tier must never pay more.',
          zh: '等级 "{tier}" 支付原价的 {value}%，高于较低等级 "{lower}" 的 {lowerValue}%（第 {lowerLine} 行）：高等级会员的价格不得更高。',
        },
        hint: { en: 'Set price_percent to {lowerValue} or less.', zh: '把 price_percent 改为 {lowerValue} 或更低。' },
      },
      lost: {
        message: {
          en: 'Tier "{tier}" has {benefit}: {value}, less than the lower tier "{lower}" ({lowerValue}, line {lowerLine}): members would lose a benefit by moving up.',
          zh: '等级 "{tier}" 的 {benefit} 为 {value}，低于较低等级 "{lower}" 的 {lowerValue}（第 {lowerLine} 行）：会员升级后反而失去权益。',
        },
        hint: { en: 'Give "{tier}" at least {benefit}: {lowerValue}.', zh: '让 "{tier}" 至少享有 {benefit}: {lowerValue}。' },
      },
      lower: {
        message: { en: 'The lower tier "{lower}" has {benefit}: {lowerValue} here.', zh: '较低等级 "{lower}" 在此设置 {benefit}: {lowerValue}。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.memberTiers;
    if (!doc) return;
    const tiers = doc.value.spec.tiers;
    for (const benefit of Object.keys(BENEFITS) as Benefit[]) {
      const score = BENEFITS[benefit];
      let best = 0; // index of the lower tier with the best value so far
      for (let i = 1; i < tiers.length; i++) {
        const tier = tiers[i]!;
        const lower = tiers[best]!;
        if (score(tier) >= score(lower)) {
          if (score(tier) > score(lower)) best = i;
          continue;
        }
        const lowerPointer = tierPointer(best, 'benefits', benefit);
        const params = {
          tier: tier.id,
          benefit,
          value: shown(tier, benefit),
          lower: lower.id,
          lowerValue: shown(lower, benefit),
          lowerLine: lineOf(doc, lowerPointer),
        };
        context.report({
          doc,
          pointer: tierPointer(i, 'benefits', benefit),
          messageId: benefit === 'price_percent' ? 'pricePercent' : 'lost',
          params,
          related: [{ doc, pointer: lowerPointer, messageId: 'lower', params }],
        });
      }
    }
  },
});
