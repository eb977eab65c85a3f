import { loadYaml, validateStructure } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { afterSalesYaml } from './_fixtures.js';

function structure(yaml: string) {
  const { documents } = loadYaml('after-sales.yaml', yaml);
  return documents.flatMap((d) => validateStructure(d)).map((d) => ({ code: d.code, line: d.line, column: d.column }));
}

// The AfterSalesPolicy schema's own guarantees, which the after-sales rules rely on.
describe('AfterSalesPolicy schema', () => {
  it('the fixture is valid', () => {
    expect(structure(afterSalesYaml())).toEqual([]);
  });

  it('a buyer-confirmed exemption only takes an art. 7 reason', () => {
    const yaml = afterSalesYaml({ confirmed: '[{category: x, reason: seasonal, checkout_confirmation: true}]' });
    expect(structure(yaml)).toEqual([{ code: 'schema/enum', line: 8, column: 56 }]);
  });

  it('a buyer-confirmed exemption must say whether checkout confirms it', () => {
    const yaml = afterSalesYaml({ confirmed: '[{category: x, reason: near_expiry_or_defective}]' });
    expect(structure(yaml)).toMatchObject([{ code: 'schema/required', line: 8 }]);
  });

  it('the payer for quality returns is required', () => {
    expect(structure(afterSalesYaml({ byReason: '{no_reason: buyer}' }))).toMatchObject([{ code: 'schema/required', line: 11 }]);
  });
});
