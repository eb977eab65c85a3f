import { describe, expect, it } from 'vitest';
import { tierRef } from '../../../src/rules/after-sales/tier-ref.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { afterSalesYaml, tiersYaml } from './_fixtures.js';

const benefits = '[{tier: gold, seller_pays: [no_reason]}, {tier: platinum, seller_pays: [no_reason]}]';

const cases: { name: string; files: Record<string, string>; expected: Expected[] }[] = [
  {
    name: 'tiers that exist are fine',
    files: { 'after-sales.yaml': afterSalesYaml({ tierBenefits: benefits }), 'member-tiers.yaml': tiersYaml(['regular', 'gold', 'platinum']) },
    expected: [],
  },
  {
    name: 'an unknown tier is reported at its name',
    files: { 'after-sales.yaml': afterSalesYaml({ tierBenefits: benefits }), 'member-tiers.yaml': tiersYaml(['regular', 'gold']) },
    expected: [{ code: 'after-sales/tier-ref', severity: 'error', file: 'after-sales.yaml', messageId: 'after-sales/tier-ref.unknownTier', line: 12, column: 68, endColumn: 76 }],
  },
  {
    name: 'without a MemberTiers document every named tier is unresolved',
    files: { 'after-sales.yaml': afterSalesYaml({ tierBenefits: benefits }) },
    expected: [
      { code: 'after-sales/tier-ref', messageId: 'after-sales/tier-ref.noTiers', line: 12, column: 28 },
      { code: 'after-sales/tier-ref', messageId: 'after-sales/tier-ref.noTiers', line: 12, column: 68 },
    ],
  },
  {
    name: 'a tier promised free return shipping with a matching benefit is fine',
    files: { 'after-sales.yaml': afterSalesYaml({ tierBenefits: benefits }), 'member-tiers.yaml': tiersYaml(['regular', 'gold', 'platinum'], ['gold']) },
    expected: [],
  },
  {
    name: 'a tier promised free return shipping but paying here is a warning at tier_benefits',
    files: { 'after-sales.yaml': afterSalesYaml(), 'member-tiers.yaml': tiersYaml(['regular', 'gold'], ['gold']) },
    expected: [{ code: 'after-sales/tier-ref', severity: 'warning', messageId: 'after-sales/tier-ref.promiseMissing', line: 12, column: 5 }],
  },
  {
    name: 'no promise is broken when the store pays every no-reason return',
    files: { 'after-sales.yaml': afterSalesYaml({ byReason: '{quality: seller, no_reason: seller}' }), 'member-tiers.yaml': tiersYaml(['regular', 'gold'], ['gold']) },
    expected: [],
  },
];

describe('after-sales/tier-ref', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(pick(runRule(tierRef, c.files), c.expected)).toEqual(c.expected);
    });
  }

  it('relates an unknown tier to the MemberTiers list and names the known tiers', () => {
    const [finding] = runRule(tierRef, { 'after-sales.yaml': afterSalesYaml({ tierBenefits: benefits }), 'member-tiers.yaml': tiersYaml(['regular', 'gold']) });
    expect(finding?.params).toEqual({ tier: 'platinum', known: 'regular, gold' });
    expect(finding?.related).toMatchObject([{ file: 'member-tiers.yaml', line: 8, column: 5 }]);
  });

  it('relates a broken promise to the free_return_shipping line of the tier', () => {
    const [finding] = runRule(tierRef, { 'after-sales.yaml': afterSalesYaml(), 'member-tiers.yaml': tiersYaml(['regular', 'gold'], ['gold']) });
    expect(finding?.params).toEqual({ tier: 'gold' });
    expect(finding?.related).toMatchObject([{ file: 'member-tiers.yaml', line: 9, column: 113 }]);
  });
});
