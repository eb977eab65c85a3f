import { describe, expect, it } from 'vitest';
import { qualityShipping } from '../../../src/rules/after-sales/quality-shipping.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { afterSalesYaml } from './_fixtures.js';

const cases: { name: string; byReason: string; expected: Expected[] }[] = [
  { name: 'seller pays for quality, buyer for no-reason: fine', byReason: '{quality: seller, no_reason: buyer}', expected: [] },
  { name: 'seller paying for everything is fine', byReason: '{quality: seller, no_reason: seller, wrong_item: seller}', expected: [] },
  {
    name: 'buyer paying for quality problems is an error at that value',
    byReason: '{quality: buyer, no_reason: buyer}',
    expected: [{ code: 'after-sales/quality-shipping', severity: 'error', line: 11, column: 26, endColumn: 31 }],
  },
  {
    name: 'buyer paying for a wrong item is a seller fault too',
    byReason: '{quality: seller, no_reason: buyer, wrong_item: buyer}',
    expected: [{ code: 'after-sales/quality-shipping', line: 11, column: 64 }],
  },
];

describe('after-sales/quality-shipping', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(qualityShipping, { 'after-sales.yaml': afterSalesYaml({ byReason: c.byReason }) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('names the reason so the hint can say what to change', () => {
    const [finding] = runRule(qualityShipping, { 'a.yaml': afterSalesYaml({ byReason: '{quality: buyer, no_reason: buyer}' }) });
    expect(finding?.params).toEqual({ reason: 'quality' });
  });
});
