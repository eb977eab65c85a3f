import type { FindingInput } from '../../rule.js';
import type { PromotionCheck } from './_check.js';

const NEEDS_TERMS = new Set(['threshold_reduction', 'coupon', 'gift', 'prize_draw']);

/**
 * `promotion/disclosure`: the terms a customer needs are stated (规范促销行为暂行规定
 * arts. 7, 12, 13: thresholds, gift name and quantity, draw time and method,
 * prize counts or odds).
 */
export const disclosureCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/disclosure',
    severity: 'error',
    law: true,
    summary: {
      en: 'Promotion terms state thresholds, gift name and quantity, draw time and method, prize counts or odds.',
      zh: '促销规则须写明门槛、赠品名称和数量、开奖时间和方式、奖项数量或中奖概率。',
    },
    messages: {
      terms: {
        message: {
          en: 'a {type} promotion has no `terms`: customers must be told the threshold and conditions before they buy',
          zh: '{type} 促销没有 `terms`：必须在购买前向顾客说明门槛和条件',
        },
        hint: { en: 'Add `terms: {zh: ..., en: ...}` stating the conditions.', zh: '添加 `terms: {zh: ..., en: ...}` 写明条件。' },
      },
      giftName: {
        message: { en: 'the gift has no `name`: the gift must be named to customers', zh: '赠品没有 `name`：必须向顾客写明赠品名称' },
        hint: { en: 'Add `name: {zh: ..., en: ...}` under `gift`.', zh: '在 `gift` 下添加 `name`。' },
      },
      giftQuantity: {
        message: { en: 'the gift has no `quantity`: the number given must be stated', zh: '赠品没有 `quantity`：必须写明赠送数量' },
        hint: { en: 'Add `quantity` under `gift`.', zh: '在 `gift` 下添加 `quantity`。' },
      },
      drawTime: {
        message: { en: 'the prize draw does not state when it is drawn (`draw.time`)', zh: '抽奖未写明开奖时间（`draw.time`）' },
        hint: { en: 'Add `draw: {time: ...}` with an offset.', zh: '添加带时区偏移的 `draw.time`。' },
      },
      drawMethod: {
        message: { en: 'the prize draw does not state how winners are drawn (`draw.method`)', zh: '抽奖未写明开奖方式（`draw.method`）' },
        hint: { en: 'Add `draw: {method: {zh: ..., en: ...}}`.', zh: '添加 `draw.method`。' },
      },
      prizeOdds: {
        message: { en: 'prize {index} states neither a `count` nor `odds`: customers must know their chances', zh: '第 {index} 个奖项既没有 `count` 也没有 `odds`：顾客有权知道中奖机会' },
        hint: { en: 'Add `count` (how many exist) or `odds`.', zh: '添加 `count`（数量）或 `odds`（概率）。' },
      },
    },
  },
  check({ proposal, report }) {
    const doc = proposal.doc;
    const spec = doc.value.spec;
    const r = (pointer: string, messageId: string, params: FindingInput['params'] = {}) =>
      report(disclosureCheck.meta, { doc, pointer, messageId, params });
    if (NEEDS_TERMS.has(spec.type) && !spec.terms) r('/spec/type', 'terms', { type: spec.type });
    if (spec.type === 'gift' && spec.gift) {
      if (!spec.gift.name) r('/spec/gift', 'giftName');
      if (spec.gift.quantity === undefined) r('/spec/gift', 'giftQuantity');
    }
    if (spec.type === 'prize_draw') {
      // Point at what exists: the draw terms when present, else the type that needs them.
      const drawAt = spec.draw ? '/spec/draw' : '/spec/type';
      if (!spec.draw?.time) r(drawAt, 'drawTime');
      if (!spec.draw?.method) r(drawAt, 'drawMethod');
      (spec.prizes ?? []).forEach((prize, i) => {
        if (prize.count === undefined && prize.odds === undefined) r(`/spec/prizes/${i}`, 'prizeOdds', { index: i + 1 });
      });
    }
  },
};
