import { defineRule } from '../../rule.js';

/**
 * Free-text insert names that promise a reward for a review. Kind `other` with
 * such a name is the same card under another label.
 */
const CASHBACK_WORDS = /好评返现|返现|好评有礼|晒图有礼|晒图返|五星返|好评红包|评价红包|cash ?back|refund for (a )?review|reward for (a )?review/i;

export const forbiddenInsert = defineRule({
  meta: {
    code: 'packing/forbidden-insert',
    severity: 'error',
    law: true,
    summary: {
      en: 'A review-cashback card (好评返现卡) is never an allowed insert.',
      zh: '好评返现卡永远不得作为允许放入包裹的附件。',
    },
    messages: {
      cashbackCard: {
        message: {
          en: 'A review-cashback card is listed as an allowed insert: offering cash back, red packets or vouchers for a good review is banned (网络交易监督管理办法 art. 14).',
          zh: '好评返现卡被列为允许放入包裹的附件：以返现、红包、卡券等方式诱导好评是被禁止的（《网络交易监督管理办法》第十四条）。',
        },
        hint: {
          en: 'Move it to inserts.forbidden. To ask for feedback, use a review_invitation_card with no reward.',
          zh: '把它移到 inserts.forbidden。如需邀请评价，请使用不附带任何奖励的 review_invitation_card。',
        },
      },
      cashbackName: {
        message: {
          en: 'Allowed insert "{name}" reads like a reward for reviews: offering cash back, red packets or vouchers for a good review is banned (网络交易监督管理办法 art. 14).',
          zh: '允许的附件 "{name}" 看起来是以奖励换取评价：以返现、红包、卡券等方式诱导好评是被禁止的（《网络交易监督管理办法》第十四条）。',
        },
        hint: {
          en: 'Remove it, or rename it if it carries no reward for a review.',
          zh: '删除该附件；如果它并不以奖励换取评价，请改名。',
        },
      },
    },
  },
  check(bundle, context) {
    const doc = bundle.packing;
    if (!doc) return;
    doc.value.spec.inserts.allowed.forEach((insert, index) => {
      const base = `/spec/inserts/allowed/${index}`;
      if (insert.kind === 'review_cashback_card') {
        context.report({ doc, pointer: `${base}/kind`, messageId: 'cashbackCard' });
        return;
      }
      for (const lang of ['zh', 'en'] as const) {
        const name = insert.name?.[lang];
        if (name === undefined || !CASHBACK_WORDS.test(name)) continue;
        context.report({ doc, pointer: `${base}/name/${lang}`, messageId: 'cashbackName', params: { name } });
        return;
      }
    });
  },
});
