import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/formatters/json.js';
import { context, finding, report } from './sample-report.js';

describe('json formatter (SPEC section 7 contract)', () => {
  it('has exactly the contract keys, in order, with 1-based positions', () => {
    const related = [{ file: 'a.yaml', line: 3, column: 30, endLine: 3, endColumn: 34, messageId: 'x', params: {}, message: 'here' }];
    const body = JSON.parse(formatJson(report([finding({ related })]), context()));
    expect(Object.keys(body)).toEqual(['version', 'summary', 'diagnostics']);
    expect(body.version).toBe(1);
    expect(body.summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 0, waived: 0 });
    const [d] = body.diagnostics;
    expect(Object.keys(d)).toEqual([
      'code', 'severity', 'messageId', 'message', 'file', 'line', 'column', 'endLine', 'endColumn',
      'pointer', 'related', 'hint', 'docs',
    ]);
    expect(d).toMatchObject({ code: 'tiers/threshold-order', line: 5, column: 12, endLine: 5, endColumn: 16, pointer: '/spec/tiers/1/spend' });
    expect(d.related).toEqual([{ message: 'here', file: 'a.yaml', line: 3, column: 30, endLine: 3, endColumn: 34 }]);
    expect(d).not.toHaveProperty('params');
  });

  it('omits hint when there is none and marks waived findings', () => {
    const waivedBy = { file: 'w.yaml', reason: 'r', expires: '2026-12-31' };
    const body = JSON.parse(formatJson(report([finding({ hint: undefined, waivedBy })]), context()));
    expect(body.diagnostics[0]).not.toHaveProperty('hint');
    expect(body.diagnostics[0].waivedBy).toEqual(waivedBy);
    expect(body.summary.waived).toBe(1);
  });

  it('passes prices through unchanged', () => {
    const prices = [{ promotion: 'double11-dresses', sku: 'DRS-001', tier: 'svip', list: 19900, single: 15224, worst: 11868, floor: 9450, steps: [{ by: 'product_discount:double11-dresses', price: 16915 }] }];
    const body = JSON.parse(formatJson({ ...report([]), prices } as never, context()));
    expect(body.prices).toEqual(prices);
    expect(JSON.parse(formatJson(report([]), context()))).not.toHaveProperty('prices');
  });
});
