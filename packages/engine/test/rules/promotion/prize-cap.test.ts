import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const draw = (value: string) => promo('draw', `  type: prize_draw
  prizes:
    - {name: {zh: 电动车, en: e-scooter}, value: ${value}, count: 1}
    - {name: {zh: 优惠券, en: coupon}, value: 10, count: 1000}
  draw: {time: "2026-11-12T20:00:00+08:00", method: {zh: 平台随机抽取}}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 下单即可参与抽奖}
`);
const policy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  prize_cap: 5000
`;

describe('promotion/prize-cap', () => {
  table('promotion/prize-cap', [
    { name: 'a 50,000-yuan top prize is the legal maximum', proposal: draw('50000'), expected: [] },
    { name: 'a 60,000-yuan top prize is unlawful', proposal: draw('60000'), expected: [{ code: 'promotion/prize-cap', severity: 'error', ...at(draw('60000'), '60000'), messageId: 'promotion/prize-cap.overCap' }] },
    { name: 'a store cap of 5,000 is stricter than the law', proposal: draw('8000'), files: { 'promotion-policy.yaml': policy }, expected: [{ code: 'promotion/prize-cap', severity: 'error', ...at(draw('8000'), '8000'), messageId: 'promotion/prize-cap.overPolicy' }] },
  ]);
});
