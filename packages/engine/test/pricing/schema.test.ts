import { loadYaml, validateStructure } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';

const promotion = (spec: string) =>
  `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo, name: p}\nspec:\n  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}\n  scope: {all: true}\n${spec}`;

function structural(text: string) {
  const loaded = loadYaml('p.yaml', text);
  return loaded.documents.flatMap((d) => validateStructure(d)).map((d) => ({ code: d.code, line: d.line, pointer: d.pointer }));
}

// The mechanic a type needs is required by the schema (if/then on `type`), so the editor says so.
describe('Promotion schema: mechanics per type', () => {
  it.each([
    ['product_discount with percent_off', '  type: product_discount\n  percent_off: 15\n'],
    ['product_discount with a fixed price', '  type: product_discount\n  fixed_price: 99\n'],
    ['flash_sale with fixed price and stock cap', '  type: flash_sale\n  fixed_price: 99\n  stock_cap: 100\n'],
    ['time_limited_discount with amount_off', '  type: time_limited_discount\n  amount_off: "10.50"\n'],
    ['free_shipping with nothing else', '  type: free_shipping\n'],
    ['coupon with min spend 0', '  type: coupon\n  coupon: {amount: 5, min_spend: 0}\n'],
  ])('accepts %s', (_name, spec) => {
    expect(structural(promotion(spec))).toEqual([]);
  });

  it.each([
    ['a product discount with no mechanic', '  type: product_discount\n', 'schema/required'],
    ['a flash sale without stock cap', '  type: flash_sale\n  fixed_price: 99\n', 'schema/required'],
    ['a threshold reduction without threshold', '  type: threshold_reduction\n', 'schema/required'],
    ['a coupon without amount', '  type: coupon\n  coupon: {min_spend: 10}\n', 'schema/required'],
    ['money with three decimals', '  type: coupon\n  coupon: {amount: 5.005}\n', 'schema/range'],
    ['a window without offset', '  type: free_shipping\n  display: {label: {en: x}}\n  draw: {time: "2026-11-12T20:00:00"}\n', 'schema/format'],
    ['an unknown mechanic key', '  type: coupon\n  coupon: {amount: 5, minimum: 10}\n', 'schema/unknown-key'],
  ])('refuses %s', (_name, spec, code) => {
    const found = structural(promotion(spec));
    expect(found.map((f) => f.code)).toContain(code);
  });
});

describe('PromotionPolicy schema', () => {
  const policy = (spec: string) => `apiVersion: storepolicy/v1\nkind: PromotionPolicy\nmetadata: {store: demo, name: promotion-policy}\nspec:\n${spec}`;
  it('accepts the documented shape', () => {
    expect(
      structural(
        policy(`  priority: [free_shipping, gift]
  stacking: {flash_sale: {exclusive: global, allow_with_global: [shipping]}}
  conflicts: error
  limits: {max_depth: 50, min_margin: 10, cut_frequency: {max: 2, window_days: 30}, price_raise_tolerance: 0}
  blackouts: [{start: "2026-12-13T00:00:00+08:00", end: "2026-12-20T00:00:00+08:00", reason: {en: peak}}]
  events: {double11: {min_dsr: 4.7, min_store_age_days: 90}}
  rounding: half_up
  prize_cap: 50000
`),
      ),
    ).toEqual([]);
  });
  it.each([
    ['half-even rounding', '  rounding: half_even\n', 'schema/enum'],
    ['an unknown promotion type in priority', '  priority: [free_shiping]\n', 'schema/enum'],
    ['a stacking rule for an unknown type', '  stacking: {bogus: {exclusive: none}}\n', 'schema/unknown-key'],
    ['allowing a price class next to a global promotion', '  stacking: {flash_sale: {allow_with_global: [order]}}\n', 'schema/enum'],
  ])('refuses %s', (_name, spec, code) => {
    expect(structural(policy(spec)).map((f) => f.code)).toContain(code);
  });
});
