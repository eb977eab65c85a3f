import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/after-sales/index.js';
import { runPolicyRules } from '../../../src/runner.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { demoStore } from '../tiers/_demo.js';

const now = { now: new Date('2026-11-01T00:00:00+08:00') };

describe('after-sales rules on the demo stores', () => {
  it.each(['demo-apparel', 'demo-food'] as const)('%s is clean', (store) => {
    expect(runPolicyRules(loadFixture(demoStore(store)).set, now, rules)).toEqual([]);
  });

  it('a broken copy with a 5-day return window is located at days', () => {
    const files = demoStore('demo-apparel', { file: 'after-sales.yaml', from: '    days: 15\n', to: '    days: 5\n' });
    const expected: Expected[] = [{ code: 'after-sales/return-days', severity: 'error', file: 'policies/demo-apparel/after-sales.yaml', line: 13, column: 11 }];
    expect(pick(runPolicyRules(loadFixture(files).set, now, rules), expected)).toEqual(expected);
  });
});
