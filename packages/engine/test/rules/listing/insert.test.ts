import { describe, expect, it } from 'vitest';
import { body, checkListing, findings, PACKING_YAML } from '../../listing/_fixture.js';

const CODE = 'listing/insert';
const withPacking = { 'p/demo/packing.yaml': PACKING_YAML };

describe(CODE, () => {
  it('reports an insert the packing standard forbids, by its Chinese name, related to the standard', () => {
    expect(findings(body('dresses', '  inserts: [感谢卡, 好评返现卡]\n'), CODE, withPacking)).toEqual([
      { messageId: 'forbidden', severity: 'error', line: 9, column: 18, endLine: 9, endColumn: 23 },
    ]);
    const [finding] = checkListing(body('dresses', '  inserts: [好评返现卡]\n'), withPacking).filter((d) => d.code === CODE);
    expect(finding?.related).toMatchObject([{ file: 'p/demo/packing.yaml', line: 9, column: 24 }]);
  });

  it('reports an insert named by its kind id', () => {
    expect(findings(body('dresses', '  inserts: [off_platform_contact_card]\n'), CODE, withPacking)).toEqual([
      { messageId: 'forbidden', severity: 'error', line: 9, column: 13, endLine: 9, endColumn: 38 },
    ]);
  });

  it('uses the built-in list without a packing standard', () => {
    expect(findings(body('dresses', '  inserts: [返现卡]\n'), CODE)).toHaveLength(1);
  });

  it('accepts allowed inserts', () => {
    expect(findings(body('dresses', '  inserts: [感谢卡, 洗护说明]\n'), CODE, withPacking)).toEqual([]);
  });
});
