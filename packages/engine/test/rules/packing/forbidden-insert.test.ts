import { describe, expect, it } from 'vitest';
import { forbiddenInsert } from '../../../src/rules/packing/forbidden-insert.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { packingYaml } from './_fixtures.js';

const cases: { name: string; allowed: string; expected: Expected[] }[] = [
  { name: 'thank-you cards and care labels are fine', allowed: '[{kind: thank_you_card}, {kind: care_instructions}]', expected: [] },
  { name: 'an honest review invitation without reward is fine', allowed: '[{kind: review_invitation_card, name: {zh: 邀请您分享真实感受}}]', expected: [] },
  {
    name: 'a review-cashback card among the allowed inserts is an error at its kind',
    allowed: '[{kind: thank_you_card}, {kind: review_cashback_card}]',
    expected: [{ code: 'packing/forbidden-insert', severity: 'error', messageId: 'packing/forbidden-insert.cashbackCard', line: 8, column: 46, endColumn: 66 }],
  },
  {
    name: 'the same card under kind "other" is caught by its name',
    allowed: '[{kind: other, name: {zh: 好评返现卡}}]',
    expected: [{ code: 'packing/forbidden-insert', messageId: 'packing/forbidden-insert.cashbackName', line: 8, column: 40 }],
  },
  {
    name: 'an English cash-back name is caught too',
    allowed: '[{kind: other, name: {en: 5-star cashback card}}]',
    expected: [{ code: 'packing/forbidden-insert', messageId: 'packing/forbidden-insert.cashbackName', line: 8, column: 40 }],
  },
];

describe('packing/forbidden-insert', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(forbiddenInsert, { 'packing.yaml': packingYaml({ allowed: c.allowed }) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('never flags the forbidden list itself', () => {
    expect(runRule(forbiddenInsert, { 'packing.yaml': packingYaml() })).toEqual([]);
  });
});
