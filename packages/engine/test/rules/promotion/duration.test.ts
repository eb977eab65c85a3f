import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const spec = (start: string, end: string) => `  type: product_discount
  percent_off: 15
  window: {start: "${start}", end: "${end}"}
  scope: {categories: [dresses]}
`;
const short = promo('short', spec('2026-11-11T00:00:00+08:00', '2026-11-11T00:30:00+08:00'));
const long = promo('long', spec('2026-11-11T00:00:00+08:00', '2026-12-20T00:00:00+08:00'));
const policy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits:
    max_duration_days: 45
`;

describe('promotion/duration', () => {
  table('promotion/duration', [
    { name: 'one day passes', proposal: promo('ok', spec('2026-11-11T00:00:00+08:00', '2026-11-12T00:00:00+08:00')), expected: [] },
    { name: '30 minutes is shorter than the default 1 h', proposal: short, expected: [{ code: 'promotion/duration', severity: 'error', ...at(short, 'end: "', 5), messageId: 'promotion/duration.tooShort' }] },
    { name: '39 days is longer than the default 30 days', proposal: long, expected: [{ code: 'promotion/duration', severity: 'error', ...at(long, 'end: "', 5), messageId: 'promotion/duration.tooLong' }] },
    { name: 'a policy maximum of 45 days allows 39 days', proposal: long, files: { 'promotion-policy.yaml': policy }, expected: [] },
  ]);
});
