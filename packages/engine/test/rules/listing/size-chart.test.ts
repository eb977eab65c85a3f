import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/size-chart';

describe(CODE, () => {
  it('warns about apparel without a size chart, at the category', () => {
    expect(findings(body('dresses'), CODE)).toEqual([
      { messageId: 'missing', severity: 'warning', line: 7, column: 13, endLine: 7, endColumn: 20 },
    ]);
  });

  it('warns about `size_chart: false` at that value', () => {
    expect(findings(body('dresses', '  size_chart: false\n'), CODE)).toEqual([
      { messageId: 'missing', severity: 'warning', line: 9, column: 15, endLine: 9, endColumn: 20 },
    ]);
  });

  it('accepts a chart URL or true, and asks nothing of mugs', () => {
    expect(findings(body('dresses', '  size_chart: https://img.example.com/size.jpg\n'), CODE)).toEqual([]);
    expect(findings(body('dresses', '  size_chart: true\n'), CODE)).toEqual([]);
    expect(findings(body('mugs'), CODE)).toEqual([]);
  });
});
