import { parseMoney } from '@storepolicy/schema';
import { defineRule } from '../../rule.js';
import { lineOf, tierPointer, yuan, type Tier } from './_tiers.js';

type Measure = 'spend' | 'orders';

const MEASURES_BY_METRIC: Record<string, Measure[]> = {
  spend: ['spend'],
  orders: ['orders'],
  spend_or_orders: ['spend', 'orders'],
};

/** The threshold as a comparable integer (fen for spend), and as the manager wrote it. */
function threshold(tier: Tier, measure: Measure): { amount: number; shown: string } | undefined {
  const raw = tier.qualify[measure];
  if (raw === undefined) return undefined;
  return measure === 'spend'
    ? { amount: parseMoney(raw), shown: yuan(raw) }
    : { amount: Number(raw), shown: String(raw) };
}

/**
 * Tiers are listed lowest first, so each threshold the metric uses must be
 * strictly above the one before: equal or lower thresholds make a tier
 * unreachable (the buyer jumps straight past it) or ambiguous.
 */
export const thresholdOrder = defineRule({
  meta: {
    code: 'tiers/threshold-order',
    severity: 'error',
    summary: {
      en: 'Qualification thresholds strictly increase from one tier to the next.',
      zh: '会员等级的升级门槛必须逐级严格递增。',
    },
    messages: {
      spend: {
        message: {
          en: 'Tier "{tier}" needs spend {value} yuan, which must be above the previous tier "{previous}"\'s {previousValue} yuan (line {previousLine}): otherwise a buyer reaches both at once and "{previous}" is skipped.',
          zh: '等级 "{tier}" 的累计消费门槛 {value} 元必须高于上一等级 "{previous}" 的 {previousValue} 元（第 {previousLine} 行），否则买家会同时达到两个等级，"{previous}" 形同虚设。',
        },
        hint: {
          en: 'List tiers from lowest to highest and raise this threshold above {previousValue}, or swap the two tiers.',
          zh: '请按从低到高排列等级，把该门槛调到 {previousValue} 元以上，或交换两个等级的顺序。',
        },
      },
      orders: {
        message: {
          en: 'Tier "{tier}" needs {value} orders, which must be more than the previous tier "{previous}"\'s {previousValue} (line {previousLine}): otherwise a buyer reaches both at once and "{previous}" is skipped.',
          zh: '等级 "{tier}" 的订单数门槛 {value} 笔必须多于上一等级 "{previous}" 的 {previousValue} 笔（第 {previousLine} 行），否则买家会同时达到两个等级，"{previous}" 形同虚设。',
        },
        hint: {
          en: 'List tiers from lowest to highest and raise this threshold above {previousValue}, or swap the two tiers.',
          zh: '请按从低到高排列等级，把该门槛调到 {previousValue} 笔以上，或交换两个等级的顺序。',
        },
      },
      previousThreshold: {
        message: { en: 'The previous tier "{previous}" sets {previousValue} here.', zh: '上一等级 "{previous}" 的门槛 {previousValue} 在此设置。' },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.memberTiers;
    if (!doc) return;
    const { tiers, metric } = doc.value.spec;
    for (const measure of MEASURES_BY_METRIC[metric] ?? []) {
      for (let i = 1; i < tiers.length; i++) {
        const previous = threshold(tiers[i - 1]!, measure);
        const current = threshold(tiers[i]!, measure);
        if (!previous || !current || current.amount > previous.amount) continue;
        const previousPointer = tierPointer(i - 1, 'qualify', measure);
        const params = {
          tier: tiers[i]!.id,
          value: current.shown,
          previous: tiers[i - 1]!.id,
          previousValue: previous.shown,
          previousLine: lineOf(doc, previousPointer),
        };
        context.report({
          doc,
          pointer: tierPointer(i, 'qualify', measure),
          messageId: measure,
          params,
          related: [{ doc, pointer: previousPointer, messageId: 'previousThreshold', params }],
        });
      }
    }
  },
});
