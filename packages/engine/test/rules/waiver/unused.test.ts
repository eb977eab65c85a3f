import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../../src/waivers/index.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { finding, waiver } from '../../waivers/_fixtures.js';

const F = 'p/s/member-tiers.yaml';
const NOW = new Date('2026-11-01T10:00:00+08:00');

function run(rule: string, target: string, findings = [finding('tiers/price-floor', F, '/spec/tiers/1')]) {
  const { set } = loadFixture({ 'w.yaml': waiver('w', rule, target, '2026-11-30') });
  return applyWaivers(findings, set, NOW).filter((d) => d.code.startsWith('waiver/'));
}

const cases: { name: string; rule: string; target: string; expected: Expected[] }[] = [
  { name: 'a waiver that matches is not reported', rule: 'tiers/price-floor', target: `{file: ${F}}`, expected: [] },
  {
    name: 'a waiver whose pointer matches nothing is a warning at the target',
    rule: 'tiers/price-floor',
    target: `{file: ${F}, pointer: /spec/tiers/0}`,
    expected: [{ code: 'waiver/unused', severity: 'warning', line: 6, column: 11, endLine: 6, messageId: 'waiver/unused.unused' }],
  },
  {
    name: 'a waiver naming a rule that does not exist is a warning at the rule',
    rule: 'tiers/price-flor',
    target: `{file: ${F}}`,
    expected: [{ code: 'waiver/unused', severity: 'warning', line: 5, column: 9, endColumn: 25, messageId: 'waiver/unused.unknownRule' }],
  },
];

describe('waiver/unused', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(pick(run(c.rule, c.target), c.expected)).toEqual(c.expected);
    });
  }

  it('says what the target was, and suggests the closest rule code', () => {
    expect(run('tiers/price-floor', `{file: ${F}, pointer: /spec/tiers/0}`)[0]!.params).toEqual({ rule: 'tiers/price-floor', target: `${F} /spec/tiers/0` });
    expect(run('tiers/price-flor', `{file: ${F}}`)[0]!.params).toEqual({ rule: 'tiers/price-flor', closest: 'tiers/price-floor' });
  });

  it('a waiver with nothing to match (no findings at all) is unused', () => {
    expect(run('tiers/price-floor', `{file: ${F}}`, []).map((d) => d.code)).toEqual(['waiver/unused']);
  });
});
