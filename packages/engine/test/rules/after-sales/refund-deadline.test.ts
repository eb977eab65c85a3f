import { describe, expect, it } from 'vitest';
import { refundDeadline } from '../../../src/rules/after-sales/refund-deadline.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { afterSalesYaml } from './_fixtures.js';

const cases: { name: string; refundDays: number; expected: Expected[] }[] = [
  { name: 'refund within 1 day is fine', refundDays: 1, expected: [] },
  { name: 'exactly 7 days is the legal limit', refundDays: 7, expected: [] },
  { name: '8 days is an error', refundDays: 8, expected: [{ code: 'after-sales/refund-deadline', severity: 'error', line: 9, column: 23, endColumn: 24 }] },
  { name: '10 days is an error at the value', refundDays: 10, expected: [{ code: 'after-sales/refund-deadline', line: 9, column: 23, endColumn: 25 }] },
];

describe('after-sales/refund-deadline', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(refundDeadline, { 'after-sales.yaml': afterSalesYaml({ refundDays: c.refundDays }) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }
});
