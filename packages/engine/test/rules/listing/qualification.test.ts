import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/qualification';

describe(CODE, () => {
  it('reports food without an SC licence at the category', () => {
    expect(findings(body('snacks'), CODE)).toEqual([
      { messageId: 'missing', severity: 'error', line: 7, column: 13, endLine: 7, endColumn: 19 },
    ]);
  });

  it.each([
    ['13 digits', 'SC1063301060012'],
    ['a letter among the digits', 'SC10633010600I23'],
    ['the wrong prefix', 'QS106330106001'],
  ])('reports a malformed SC number (%s) at the number', (_name, number) => {
    expect(findings(body('snacks', `  qualifications: {sc: ${number}}\n`), CODE)).toEqual([
      { messageId: 'malformed', severity: 'error', line: 9, column: 24, endLine: 9, endColumn: 24 + number.length },
    ]);
  });

  it('accepts SC + 14 digits, also in lower case', () => {
    expect(findings(body('snacks', '  qualifications: {sc: SC10633010600123}\n'), CODE)).toEqual([]);
    expect(findings(body('snacks', '  qualifications: {sc: sc10633010600123}\n'), CODE)).toEqual([]);
  });

  it('accepts a cosmetics filing or a registration number', () => {
    expect(findings(body('skincare', '  qualifications: {cosmetics_filing: 浙G妆网备字2023012345}\n'), CODE)).toEqual([]);
    expect(findings(body('skincare', '  qualifications: {cosmetics_registration: 国妆特字G20230123}\n'), CODE)).toEqual([]);
    expect(findings(body('skincare'), CODE)).toHaveLength(1);
  });

  it('asks health food for both the SC licence and its approval number', () => {
    const found = findings(body('supplements', '  qualifications: {sc: SC10633010600123}\n'), CODE);
    expect(found).toEqual([{ messageId: 'missing', severity: 'error', line: 9, column: 19, endLine: 9, endColumn: 41 }]);
  });

  it('asks nothing of apparel', () => {
    expect(findings(body('dresses'), CODE)).toEqual([]);
  });
});
