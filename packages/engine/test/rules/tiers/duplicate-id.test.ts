import { describe, expect, it } from 'vitest';
import { duplicateId } from '../../../src/rules/tiers/duplicate-id.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { tiersYaml } from './_fixtures.js';

const t = (id: string, spend: number) => `{id: ${id}, name: {zh: ${id}}, qualify: {spend: ${spend}}, benefits: {price_percent: 100}}`;

const cases: { name: string; tiers: string[]; expected: Expected[] }[] = [
  { name: 'distinct ids are fine', tiers: [t('a', 0), t('b', 1)], expected: [] },
  {
    name: 'the second use of an id is reported at its id',
    tiers: [t('a', 0), t('b', 1), t('a', 2)],
    expected: [{ code: 'tiers/duplicate-id', severity: 'error', line: 10, column: 12, endColumn: 13 }],
  },
  {
    name: 'every repeat is reported once',
    tiers: [t('a', 0), t('a', 1), t('a', 2)],
    expected: [
      { code: 'tiers/duplicate-id', line: 9, column: 12 },
      { code: 'tiers/duplicate-id', line: 10, column: 12 },
    ],
  },
];

describe('tiers/duplicate-id', () => {
  for (const c of cases) {
    it(c.name, () => {
      const findings = runRule(duplicateId, { 'member-tiers.yaml': tiersYaml('spend', c.tiers) });
      expect(pick(findings, c.expected)).toEqual(c.expected);
    });
  }

  it('relates each repeat to the first use', () => {
    const [finding] = runRule(duplicateId, { 'member-tiers.yaml': tiersYaml('spend', [t('a', 0), t('b', 1), t('a', 2)]) });
    expect(finding?.params).toEqual({ id: 'a', firstIndex: 1, firstLine: 8 });
    expect(finding?.related).toMatchObject([{ line: 8, column: 12 }]);
  });
});
