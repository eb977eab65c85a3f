import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../../src/waivers/index.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { finding, storeYaml, waiver } from '../../waivers/_fixtures.js';

// A waiver of a finding that says a check did not run, or of a law rule on a
// policy document, waives nothing (SPEC sections 2, 7, 9): `waiver/not-waivable`
// at `rule` (line 5, the value from column 9).
const NOW = new Date('2026-11-01T10:00:00+08:00');

function run(rule: string, target = '{file: "**"}') {
  const { set } = loadFixture({
    'policies/a/store.yaml': storeYaml('a'),
    'policies/a/waivers/w.yaml': waiver('w', rule, target, '2026-11-30', 'a'),
  });
  const found = finding(rule, 'policies/a/member-tiers.yaml', '/spec/tiers/3/benefits/price_percent');
  return applyWaivers([found], set, NOW);
}

describe('waiver/not-waivable', () => {
  it.each([
    ['schema/type', 'gate'],
    ['yaml/duplicate-key', 'gate'],
    ['compliance/loosens-law', 'gate'],
    ['compliance/no-baseline', 'gate'],
    ['path/not-allowed', 'gate'],
    ['ref/duplicate', 'gate'],
    ['listing/input', 'gate'],
    ['catalog/unknown-category', 'gate'],
    ['promotion/stale-history', 'gate'],
    ['after-sales/return-days', 'law'],
    ['packing/forbidden-insert', 'law'],
    ['promotion/reference-price', 'law'],
    ['promotion/price-raised-before', 'law'],
  ])('%s: refused at the rule (%s), the finding still counts', (rule, kind) => {
    const out = run(rule);
    expect(out[0]!.waivedBy).toBeUndefined();
    const own = out.filter((d) => d.code.startsWith('waiver/'));
    expect(own.map((d) => [d.code, d.severity, d.messageId, d.line, d.column, d.params.rule])).toEqual([
      ['waiver/not-waivable', 'error', `waiver/not-waivable.${kind}`, 5, 9, rule],
    ]);
  });

  it.each(['tiers/price-floor', 'promotion/depth', 'promotion/price-floor', 'listing/banned-term', 'listing/claim'])(
    '%s stays waivable',
    (rule) => {
      const out = run(rule);
      expect(out[0]!.waivedBy?.file).toBe('policies/a/waivers/w.yaml');
      expect(out.filter((d) => d.code === 'waiver/not-waivable')).toEqual([]);
    },
  );

  it('judged before the expiry: an expired waiver of schema/type says not-waivable', () => {
    const { set } = loadFixture({
      'policies/a/store.yaml': storeYaml('a'),
      'policies/a/waivers/w.yaml': waiver('w', 'schema/type', '{sku: X}', '2020-01-01', 'a'),
    });
    expect(applyWaivers([], set, NOW).map((d) => d.code)).toEqual(['waiver/not-waivable']);
  });
});
