import { describe, expect, it } from 'vitest';
import { exemption } from '../../../src/rules/after-sales/exemption.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { afterSalesYaml, storeYaml, type AfterSalesParts } from './_fixtures.js';

const cases: { name: string; parts: AfterSalesParts; expected: Expected[] }[] = [
  {
    name: 'custom-made and fresh categories are statutory exemptions (art. 6)',
    parts: { statutory: '[{category: tailor1}, {category: seafood}]' },
    expected: [],
  },
  {
    name: 'apparel is not a statutory exemption',
    parts: { statutory: '[{category: dresses}]' },
    expected: [{ code: 'after-sales/exemption', severity: 'error', messageId: 'after-sales/exemption.notStatutory', line: 7, column: 39, endColumn: 46 }],
  },
  {
    name: 'ordinary food (mooncakes) is not "fresh and perishable"',
    parts: { statutory: '[{category: tailor1}, {category: mooncak}]' },
    expected: [{ code: 'after-sales/exemption', messageId: 'after-sales/exemption.notStatutory', line: 7, column: 60 }],
  },
  {
    name: 'a buyer-confirmed exemption with a checkout confirmation is fine (art. 7, 8)',
    parts: { confirmed: '[{category: supplem, reason: unsealed_safety_or_quality, checkout_confirmation: true}]' },
    expected: [],
  },
  {
    name: 'a buyer-confirmed exemption without a checkout confirmation is void',
    parts: { confirmed: '[{category: supplem, reason: unsealed_safety_or_quality, checkout_confirmation: false}]' },
    expected: [{ code: 'after-sales/exemption', messageId: 'after-sales/exemption.noConfirmation', line: 8, column: 113, endColumn: 118 }],
  },
  {
    name: 'an exemption for a category the Store does not have is reported',
    parts: { confirmed: '[{category: nothere, reason: near_expiry_or_defective, checkout_confirmation: true}]' },
    expected: [{ code: 'after-sales/exemption', messageId: 'after-sales/exemption.unknownCategory', line: 8, column: 45 }],
  },
];

describe('after-sales/exemption', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(exemption, { 'store.yaml': storeYaml, 'after-sales.yaml': afterSalesYaml(c.parts) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('relates a wrong statutory exemption to the legal class in the Store document', () => {
    const [finding] = runRule(exemption, { 'store.yaml': storeYaml, 'after-sales.yaml': afterSalesYaml({ statutory: '[{category: dresses}]' }) });
    expect(finding?.params).toEqual({ category: 'dresses', legalClass: 'apparel' });
    expect(finding?.related).toMatchObject([{ file: 'store.yaml', line: 9, column: 49 }]);
  });
});
