import { describe, expect, it } from 'vitest';
import { returnDays } from '../../../src/rules/after-sales/return-days.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { afterSalesYaml } from './_fixtures.js';

const cases: { name: string; days: number; expected: Expected[] }[] = [
  { name: 'the legal minimum of 7 days is fine', days: 7, expected: [] },
  { name: 'a longer window (15 days) is fine', days: 15, expected: [] },
  { name: '5 days is an error at the days value', days: 5, expected: [{ code: 'after-sales/return-days', severity: 'error', line: 6, column: 11, endColumn: 12 }] },
  { name: '0 days is an error too', days: 0, expected: [{ code: 'after-sales/return-days', line: 6, column: 11 }] },
];

describe('after-sales/return-days', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(returnDays, { 'after-sales.yaml': afterSalesYaml({ days: c.days }) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('names the window and the legal minimum', () => {
    const [finding] = runRule(returnDays, { 'after-sales.yaml': afterSalesYaml({ days: 5 }) });
    expect(finding?.params).toEqual({ days: 5, min: 7 });
  });
});
