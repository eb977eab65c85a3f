import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/reference-price';

describe(CODE, () => {
  it('reports a reference price above the 7-day lowest price, at the reference price', () => {
    expect(findings(body('dresses', '  reference_price: 299\n  lowest_price_7d: "189.90"\n'), CODE)).toEqual([
      { messageId: 'aboveLowest', severity: 'error', line: 9, column: 20, endLine: 9, endColumn: 23 },
    ]);
  });

  it('compares in fen: 189.91 is above 189.90', () => {
    expect(findings(body('dresses', '  reference_price: 189.91\n  lowest_price_7d: 189.9\n'), CODE)).toHaveLength(1);
    expect(findings(body('dresses', '  reference_price: 189.90\n  lowest_price_7d: 189.9\n'), CODE)).toEqual([]);
  });

  it('refuses a reference price that cannot be verified (the base requires lowest_price_7d): an error, not a warning', () => {
    expect(findings(body('dresses', '  reference_price: 299\n'), CODE)).toEqual([
      { messageId: 'unverifiable', severity: 'error', line: 9, column: 20, endLine: 9, endColumn: 23 },
    ]);
  });

  it('is quiet without a reference price', () => {
    expect(findings(body('dresses', '  lowest_price_7d: 10\n'), CODE)).toEqual([]);
  });
});
