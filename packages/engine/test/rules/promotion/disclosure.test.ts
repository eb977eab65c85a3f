import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const window = `  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
`;
const bareThreshold = promo('t', `  type: threshold_reduction
  threshold: {spend: 300, off: 40}
${window}`);
const bareGift = promo('g', `  type: gift
  gift: {sku: GIFT-1, value: 20}
${window}  terms: {zh: 买即送}
`);
const bareDraw = promo('d', `  type: prize_draw
  prizes:
    - {name: {zh: 耳机}, value: 999}
${window}  terms: {zh: 抽奖}
`);
const fullDraw = promo('d', `  type: prize_draw
  prizes:
    - {name: {zh: 耳机}, value: 999, odds: "1/1000"}
  draw: {time: "2026-11-12T20:00:00+08:00", method: {zh: 平台随机抽取}}
${window}  terms: {zh: 抽奖}
`);

describe('promotion/disclosure', () => {
  table('promotion/disclosure', [
    { name: 'a threshold reduction without terms', proposal: bareThreshold, expected: [{ code: 'promotion/disclosure', severity: 'error', ...at(bareThreshold, 'threshold_reduction'), messageId: 'promotion/disclosure.terms' }] },
    {
      name: 'a gift without name and quantity',
      proposal: bareGift,
      expected: [
        { code: 'promotion/disclosure', severity: 'error', ...at(bareGift, '{sku'), messageId: 'promotion/disclosure.giftName' },
        { code: 'promotion/disclosure', severity: 'error', ...at(bareGift, '{sku'), messageId: 'promotion/disclosure.giftQuantity' },
      ],
    },
    {
      name: 'a prize draw without time, method, counts or odds',
      proposal: bareDraw,
      expected: [
        { code: 'promotion/disclosure', severity: 'error', ...at(bareDraw, 'prize_draw'), messageId: 'promotion/disclosure.drawTime' },
        { code: 'promotion/disclosure', severity: 'error', ...at(bareDraw, 'prize_draw'), messageId: 'promotion/disclosure.drawMethod' },
        { code: 'promotion/disclosure', severity: 'error', ...at(bareDraw, '{name'), messageId: 'promotion/disclosure.prizeOdds' },
      ],
    },
    { name: 'a fully disclosed prize draw passes', proposal: fullDraw, expected: [] },
  ]);
});
