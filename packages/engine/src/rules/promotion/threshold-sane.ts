import { formatFen, parseMoney } from '@storepolicy/schema';
import type { PromotionCheck } from './_check.js';

function fen(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  try {
    return parseMoney(value);
  } catch {
    return undefined;
  }
}

/**
 * `promotion/threshold-sane`: a threshold reduction (满减) needs a spend
 * above 0 and a reduction below it. "Spend 0 get 150 off" is a 150-yuan cut
 * on every order and "spend 100 get 100 off" gives the goods away; neither
 * is what the name 满减 tells a reviewer. The schema cannot say it: money is
 * a number or a string, and `off < spend` compares two fields.
 */
export const thresholdSaneCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/threshold-sane',
    severity: 'error',
    summary: {
      en: 'A threshold reduction needs spend above 0 and a reduction below the spend.',
      zh: '满减的门槛必须大于 0，减免金额必须小于门槛。',
    },
    messages: {
      zeroSpend: {
        message: {
          en: 'a threshold of {spend} yuan is no threshold: {off} yuan would come off every order, however small, which is a price cut and not a 满减',
          zh: '门槛 {spend} 元等于没有门槛：任何订单都减 {off} 元，这是直接降价而不是满减',
        },
        hint: { en: 'Set a spend above 0 (e.g. 300), or propose a coupon or an amount-off discount instead.', zh: '把门槛设为大于 0 的金额（如 300），或改用优惠券或直降。' },
      },
      offNotBelowSpend: {
        message: {
          en: 'takes {off} yuan off a spend of {spend} yuan: a basket that just meets the threshold would cost nothing',
          zh: '满 {spend} 元减 {off} 元：刚好达到门槛的订单将分文不付',
        },
        hint: { en: 'Take off less than {spend} yuan.', zh: '减免金额应小于 {spend} 元。' },
      },
      spend: { message: { en: 'the spend is set here', zh: '门槛在此设定' } },
    },
  },
  check({ proposal, report }) {
    if (proposal.type !== 'threshold_reduction') return;
    const t = proposal.doc.value.spec.threshold;
    const spend = fen(t?.spend);
    const off = fen(t?.off);
    if (spend === undefined || off === undefined) return;
    if (spend === 0) {
      report(thresholdSaneCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/threshold/spend',
        messageId: 'zeroSpend',
        params: { spend: formatFen(spend), off: formatFen(off) },
      });
      return;
    }
    if (off >= spend) {
      report(thresholdSaneCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/threshold/off',
        messageId: 'offNotBelowSpend',
        params: { spend: formatFen(spend), off: formatFen(off) },
        related: [{ doc: proposal.doc, pointer: '/spec/threshold/spend', messageId: 'spend' }],
      });
    }
  },
};
