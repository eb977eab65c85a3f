import { describe, expect, it } from 'vitest';
import { body, checkListing, findings, PACKING_YAML } from '../../listing/_fixture.js';

const CODE = 'listing/ship-promise';
const withPacking = { 'p/demo/packing.yaml': PACKING_YAML };

describe(CODE, () => {
  it('reports a promise later than the packing standard, related to the standard', () => {
    expect(findings(body('dresses', '  ship_within_hours: 72\n'), CODE, withPacking)).toEqual([
      { messageId: 'tooLate', severity: 'error', line: 9, column: 22, endLine: 9, endColumn: 24 },
    ]);
    const [finding] = checkListing(body('dresses', '  ship_within_hours: 72\n'), withPacking).filter((d) => d.code === CODE);
    expect(finding?.related).toMatchObject([{ file: 'p/demo/packing.yaml', line: 5, column: 50, messageId: 'listing/ship-promise.limitHere' }]);
  });

  it('accepts the standard or sooner', () => {
    expect(findings(body('dresses', '  ship_within_hours: 24\n'), CODE, withPacking)).toEqual([]);
    expect(findings(body('dresses', '  ship_within_hours: 12\n'), CODE, withPacking)).toEqual([]);
  });

  it('is quiet without a packing standard', () => {
    expect(findings(body('dresses', '  ship_within_hours: 72\n'), CODE)).toEqual([]);
  });
});
