import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/packing/index.js';
import { runPolicyRules } from '../../../src/runner.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { demoStore } from '../tiers/_demo.js';

const now = { now: new Date('2026-11-01T00:00:00+08:00') };

describe('packing rules on the demo stores', () => {
  it.each(['demo-apparel', 'demo-food'] as const)('%s is clean', (store) => {
    expect(runPolicyRules(loadFixture(demoStore(store)).set, now, rules)).toEqual([]);
  });

  it('a broken copy that allows a review-cashback card is located at its kind', () => {
    const files = demoStore('demo-apparel', { file: 'packing.yaml', from: '      - kind: size_guide\n', to: '      - kind: review_cashback_card\n' });
    const expected: Expected[] = [{ code: 'packing/forbidden-insert', severity: 'error', file: 'policies/demo-apparel/packing.yaml', line: 44, column: 15 }];
    expect(pick(runPolicyRules(loadFixture(files).set, now, rules), expected)).toEqual(expected);
  });

  it('a broken copy with mooncakes in 4 layers is located at layers', () => {
    const files = demoStore('demo-food', { file: 'packing.yaml', from: '      layers: 3\n      packaging_cost: 18', to: '      layers: 4\n      packaging_cost: 18' });
    const expected: Expected[] = [{ code: 'packing/excessive', severity: 'error', file: 'policies/demo-food/packing.yaml', line: 40, column: 15 }];
    expect(pick(runPolicyRules(loadFixture(files).set, now, rules), expected)).toEqual(expected);
  });
});
