import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/title-width';

describe(CODE, () => {
  it('points at the first character past the limit (CJK counts 2)', () => {
    // 31 CJK characters = width 62; the 31st character (offset 30) is cut off.
    const title = '夏'.repeat(31);
    expect(findings(body('dresses', '', title), CODE)).toEqual([
      { messageId: 'tooWide', severity: 'error', line: 6, column: 40, endLine: 6, endColumn: 41 },
    ]);
  });

  it('counts Latin characters as 1', () => {
    expect(findings(body('dresses', '', 'a'.repeat(60)), CODE)).toEqual([]);
    expect(findings(body('dresses', '', 'a'.repeat(61)), CODE)).toEqual([
      { messageId: 'tooWide', severity: 'error', line: 6, column: 70, endLine: 6, endColumn: 71 },
    ]);
  });

  it('passes exactly 30 CJK characters', () => {
    expect(findings(body('dresses', '', '夏'.repeat(30)), CODE)).toEqual([]);
  });

  it('takes the width from the store policy', () => {
    const compliance = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
  title: {max_width: 20}
`;
    expect(findings(body('dresses', '', '夏'.repeat(11)), CODE, { 'p/demo/compliance.yaml': compliance })).toEqual([
      { messageId: 'tooWide', severity: 'error', line: 6, column: 20, endLine: 6, endColumn: 21 },
    ]);
  });
});
