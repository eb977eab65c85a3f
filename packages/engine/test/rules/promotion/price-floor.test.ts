import { describe } from 'vitest';
import { at, promo, table } from './_harness.js';

const spec = (pct: number) => `  type: product_discount
  percent_off: ${pct}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`;
const threshold = promo('t', `  type: threshold_reduction
  status: approved
  threshold: {spend: 100, off: 30}
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满100减30}
`);
const marginPolicy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits: {max_depth: 60, min_margin: 80}
`;
const deep = promo('deep', spec(40));

describe('promotion/price-floor', () => {
  table('promotion/price-floor', [
    { name: 'the worked example stays above its floor 94.50', proposal: promo('ok', spec(15)), expected: [] },
    {
      // 19900 x 60% = 11940 -> svip 10746 -> x 70/100 = 7522 < floor 9450 (depth)
      name: '40% off stacked with 30 off 100 falls below the depth floor',
      proposal: deep,
      files: { 'promotions/t.yaml': threshold },
      expected: [{ code: 'promotion/price-floor', severity: 'error', ...at(deep, '40'), messageId: 'promotion/price-floor.depth' }],
    },
    {
      // floor = max(ceil(8000 x 180%) = 14400, ceil(18900 x 40%) = 7560); svip 16915 x 90% = 15224 passes, but regular 16915 > 14400 passes too
      name: 'a high margin requirement alone is met by 15% off (15224 >= 14400)',
      proposal: promo('m', spec(15)),
      files: { 'promotion-policy.yaml': marginPolicy },
      expected: [],
    },
    {
      name: '40% off with an 80% margin falls below the margin floor (svip 10746 < 14400)',
      proposal: deep,
      files: { 'promotion-policy.yaml': marginPolicy },
      expected: [{ code: 'promotion/price-floor', severity: 'error', ...at(deep, '40'), messageId: 'promotion/price-floor.margin' }],
    },
  ]);
});
