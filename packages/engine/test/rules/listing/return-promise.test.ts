import { describe, expect, it } from 'vitest';
import { AFTER_SALES_YAML, body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/return-promise';
const withAfterSales = { 'p/demo/after-sales.yaml': AFTER_SALES_YAML };
const promise = (value: string, reason = '定制商品') => `  after_sales: {seven_day_return: ${value}, reason: ${reason}}\n`;

describe(CODE, () => {
  it('reports a dress claiming a statutory exemption, at the promise', () => {
    expect(findings(body('dresses', promise('exempt_statutory')), CODE, withAfterSales)).toEqual([
      { messageId: 'notStatutory', severity: 'error', line: 9, column: 35, endLine: 9, endColumn: 51 },
    ]);
  });

  it('accepts a statutory exemption for custom-made goods the policy lists', () => {
    expect(findings(body('tailoring', promise('exempt_statutory')), CODE, withAfterSales)).toEqual([]);
  });

  it('reports a buyer-confirmed exemption the policy does not have', () => {
    expect(findings(body('snacks', promise('exempt_confirmed', '拆封后不退')), CODE, withAfterSales)).toEqual([
      { messageId: 'notConfirmed', severity: 'error', line: 9, column: 35, endLine: 9, endColumn: 51 },
    ]);
  });

  it('accepts a buyer-confirmed exemption with a checkout confirmation', () => {
    expect(findings(body('skincare', promise('exempt_confirmed', '拆封后影响品质')), CODE, withAfterSales)).toEqual([]);
  });

  it('asks for a reason', () => {
    expect(findings(body('tailoring', '  after_sales: {seven_day_return: exempt_statutory}\n'), CODE, withAfterSales)).toEqual([
      { messageId: 'missingReason', severity: 'error', line: 9, column: 35, endLine: 9, endColumn: 51 },
    ]);
  });

  it('is quiet for seven-day returns', () => {
    expect(findings(body('dresses', promise('yes')), CODE, withAfterSales)).toEqual([]);
  });
});
