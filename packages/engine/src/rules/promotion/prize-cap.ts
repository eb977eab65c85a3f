import { formatFen, parseMoney } from '@storepolicy/schema';
import { LEGAL_PRIZE_CAP } from '../../pricing/policy.js';
import { policyRelated, type PromotionCheck } from './_check.js';

/** `promotion/prize-cap` (law): a prize draw's top prize is at most 50,000 yuan (反不正当竞争法 art. 10). */
export const prizeCapCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/prize-cap',
    severity: 'error',
    law: true,
    summary: {
      en: "A prize draw's top prize is at most 50,000 yuan (Anti-Unfair Competition Law art. 10).",
      zh: '抽奖式有奖销售最高奖金额不超过五万元（反不正当竞争法第十条）。',
    },
    messages: {
      overCap: {
        message: {
          en: 'prize "{prize}" is worth {value} yuan, above the legal cap of {cap} yuan: a lottery-style sale with a top prize over 50,000 yuan is unlawful',
          zh: '奖品"{prizeZh}"价值 {value} 元，超过法定上限 {cap} 元：最高奖超过五万元的抽奖式有奖销售违法',
        },
        hint: { en: 'Lower the prize to at most {cap} yuan (market value for goods).', zh: '把奖品价值降到 {cap} 元以内（实物按市场价计）。' },
      },
      overPolicy: {
        message: {
          en: 'prize "{prize}" is worth {value} yuan, above the store\'s cap of {cap} yuan',
          zh: '奖品"{prizeZh}"价值 {value} 元，超过本店上限 {cap} 元',
        },
        hint: { en: 'Lower the prize to at most {cap} yuan, or change prize_cap in the policy.', zh: '把奖品价值降到 {cap} 元以内，或修改政策中的 prize_cap。' },
      },
      cap: { message: { en: 'prize cap set here', zh: '奖品上限在此设定' } },
    },
  },
  check({ proposal, policy, report }) {
    const prizes = proposal.type === 'prize_draw' ? (proposal.doc.value.spec.prizes ?? []) : [];
    prizes.forEach((prize, i) => {
      let value: number;
      try {
        value = parseMoney(prize.value);
      } catch {
        return;
      }
      if (value <= policy.prizeCap) return;
      report(prizeCapCheck.meta, {
        doc: proposal.doc,
        pointer: `/spec/prizes/${i}/value`,
        messageId: value > LEGAL_PRIZE_CAP ? 'overCap' : 'overPolicy',
        params: {
          prize: prize.name.en ?? prize.name.zh ?? '',
          prizeZh: prize.name.zh ?? prize.name.en ?? '',
          value: formatFen(value),
          cap: formatFen(value > LEGAL_PRIZE_CAP ? LEGAL_PRIZE_CAP : policy.prizeCap),
        },
        related: policyRelated(policy, '/spec/prize_cap', 'cap'),
      });
    });
  },
};
