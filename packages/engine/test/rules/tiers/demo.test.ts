import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/tiers/index.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { runPolicyRules } from '../../../src/runner.js';
import { demoStore } from './_demo.js';

const now = { now: new Date('2026-11-01T00:00:00+08:00') };

describe('tiers rules on the demo stores', () => {
  it.each(['demo-apparel', 'demo-food'] as const)('%s is clean', (store) => {
    expect(runPolicyRules(loadFixture(demoStore(store)).set, now, rules)).toEqual([]);
  });

  it('a broken copy with gold below silver is located in member-tiers.yaml', () => {
    const files = demoStore('demo-apparel', { file: 'member-tiers.yaml', from: 'qualify: {spend: 3000}', to: 'qualify: {spend: 800}' });
    const expected: Expected[] = [{ code: 'tiers/threshold-order', severity: 'error', file: 'policies/demo-apparel/member-tiers.yaml', line: 37, column: 24 }];
    expect(pick(runPolicyRules(loadFixture(files).set, now, rules), expected)).toEqual(expected);
  });

  it('the food store ranking by orders becomes a warning once its average order is high', () => {
    const files = demoStore('demo-food', { file: 'store.yaml', from: 'average_order_value: 96.8', to: 'average_order_value: 320' });
    const expected: Expected[] = [{ code: 'tiers/metric-fit', severity: 'warning', file: 'policies/demo-food/member-tiers.yaml', line: 12, column: 11 }];
    expect(pick(runPolicyRules(loadFixture(files).set, now, rules), expected)).toEqual(expected);
  });
});
