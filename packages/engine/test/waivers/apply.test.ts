import { describe, expect, it } from 'vitest';
import { applyWaivers, judgeWaivers, unusedWaiverFinding, waivedByOf } from '../../src/waivers/index.js';
import { runPolicyRules } from '../../src/runner.js';
import { priceFloor } from '../../src/rules/tiers/price-floor.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { tiersYaml } from '../rules/tiers/_fixtures.js';
import { finding, waiver } from './_fixtures.js';

const NOW = new Date('2026-11-01T10:00:00+08:00');
const TIERS = 'p/s/member-tiers.yaml';
const W = 'p/s/waivers/w.yaml';

const GOLDEN_WEEK = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: s, name: golden-week}
spec:
  type: free_shipping
  window: {start: "2026-10-01T00:00:00+08:00", end: "2026-10-08T00:00:00+08:00"}
  scope: {all: true}
`;

function run(files: Record<string, string>, diagnostics: ReturnType<typeof finding>[], options = {}) {
  return applyWaivers(diagnostics, loadFixture({ 'p/s/promotions/gw.yaml': GOLDEN_WEEK, ...files }).set, NOW, options);
}

describe('applyWaivers: matching', () => {
  const cases: { name: string; target: string; finding: ReturnType<typeof finding>; waived: boolean }[] = [
    { name: 'file and exact pointer', target: `{file: ${TIERS}, pointer: /spec/tiers/1}`, finding: finding('tiers/price-floor', TIERS, '/spec/tiers/1'), waived: true },
    { name: 'a pointer covers everything below it', target: `{file: ${TIERS}, pointer: /spec/tiers/1}`, finding: finding('tiers/price-floor', TIERS, '/spec/tiers/1/benefits/price_percent'), waived: true },
    { name: 'a pointer prefix is by segment, not by characters', target: `{file: ${TIERS}, pointer: /spec/tiers/1}`, finding: finding('tiers/price-floor', TIERS, '/spec/tiers/10'), waived: false },
    { name: 'another pointer', target: `{file: ${TIERS}, pointer: /spec/tiers/2}`, finding: finding('tiers/price-floor', TIERS, '/spec/tiers/1'), waived: false },
    { name: 'a file alone covers the whole file', target: `{file: ${TIERS}}`, finding: finding('tiers/price-floor', TIERS, '/spec/tiers/3'), waived: true },
    { name: 'a file named with ./ still matches', target: `{file: ./${TIERS}}`, finding: finding('tiers/price-floor', TIERS, '/spec'), waived: true },
    { name: 'another file', target: '{file: p/s/other.yaml}', finding: finding('tiers/price-floor', TIERS, '/spec'), waived: false },
    { name: 'a * glob stays within a folder', target: '{file: "p/s/*.yaml"}', finding: finding('tiers/price-floor', TIERS, '/spec'), waived: true },
    { name: 'a * glob does not cross folders', target: '{file: "p/*.yaml"}', finding: finding('tiers/price-floor', TIERS, '/spec'), waived: false },
    { name: 'a ** glob crosses folders', target: '{file: "p/**/*.yaml"}', finding: finding('tiers/price-floor', TIERS, '/spec'), waived: true },
    { name: 'a dot in a glob is literal', target: '{file: "p/s/member-tiers.yam."}', finding: finding('tiers/price-floor', 'p/s/member-tiers.yamx', '/spec'), waived: false },
    { name: 'a SKU in the finding params', target: '{sku: DRS-001}', finding: finding('listing/title-width', 'listings.csv', '/3/title', { sku: 'DRS-001' }), waived: true },
    { name: 'a SKU of the row the finding is in', target: '{sku: DRS-001}', finding: { ...finding('listing/title-width', 'listings.csv', '/title'), row: 3, sku: 'DRS-001' }, waived: true },
    // SPEC section 9: `sku` is the row's SKU only, never a segment of a pointer that spells it
    { name: 'a pointer segment that spells the SKU', target: '{sku: DRS-001}', finding: finding('listing/title-width', 'listings.csv', '/DRS-001/title'), waived: false },
    { name: 'a SKU named like a field', target: '{sku: title}', finding: { ...finding('listing/banned-term', 'listings.csv', '/title'), row: 3, sku: 'DRS-001' }, waived: false },
    { name: 'another SKU', target: '{sku: DRS-002}', finding: finding('listing/title-width', 'listings.csv', '/DRS-001/title', { sku: 'DRS-001' }), waived: false },
    { name: 'a promotion id in the finding params', target: '{promotion: double11}', finding: finding('promotion/depth', 'proposal.yaml', '/spec', { promotion: 'double11' }), waived: true },
    { name: 'a promotion rule names its promotion in id', target: '{promotion: double11}', finding: finding('promotion/conflict', 'proposal.yaml', '/spec', { id: 'double11', other: 'coupon' }), waived: true },
    { name: 'id means a promotion only for promotion rules', target: '{promotion: double11}', finding: finding('tiers/duplicate-id', 'm.yaml', '/spec', { id: 'double11' }), waived: false },
    { name: 'a finding in the calendar document of that promotion', target: '{promotion: golden-week}', finding: { ...finding('tiers/price-floor', 'p/s/promotions/gw.yaml', '/spec/window'), line: 6 }, waived: true },
    { name: 'a finding in the same file, outside that promotion\'s document', target: '{promotion: golden-week}', finding: { ...finding('tiers/price-floor', 'p/s/promotions/gw.yaml', '/spec/window'), line: 12 }, waived: false },
    { name: 'a finding in the calendar file that names another promotion', target: '{promotion: golden-week}', finding: { ...finding('promotion/price-floor', 'p/s/promotions/gw.yaml', '/spec'), line: 6, params: { id: 'double11' } }, waived: false },
    { name: 'another promotion id', target: '{promotion: double12}', finding: finding('promotion/depth', 'proposal.yaml', '/spec', { promotion: 'double11' }), waived: false },
    { name: 'file and SKU must both match', target: '{file: other.csv, sku: DRS-001}', finding: finding('listing/title-width', 'listings.csv', '/0', { sku: 'DRS-001' }), waived: false },
  ];
  for (const c of cases) {
    it(`${c.waived ? 'waives' : 'does not waive'}: ${c.name}`, () => {
      const rule = c.finding.code;
      // the promotion rules may not be registered yet: name the code as known
      const out = run({ [W]: waiver('w', rule, c.target, '2026-11-30') }, [c.finding], { knownCodes: [rule] });
      const marked = out.find((d) => d.code === rule)!;
      expect(Boolean(marked.waivedBy)).toBe(c.waived);
      // an unmatched waiver says so; a matched one is silent
      expect(out.some((d) => d.code === 'waiver/unused')).toBe(!c.waived);
    });
  }

  it('needs the same rule code', () => {
    const out = run({ [W]: waiver('w', 'tiers/benefit-order', `{file: ${TIERS}}`, '2026-11-30') }, [finding('tiers/price-floor', TIERS, '/spec')]);
    expect(out[0]!.waivedBy).toBeUndefined();
  });

  it('records the waiver file, reason (both languages) and expiry on the finding', () => {
    const out = run({ [W]: waiver('w', 'tiers/price-floor', `{file: ${TIERS}}`, '2026-11-30') }, [finding('tiers/price-floor', TIERS, '/spec')]);
    expect(out[0]!.waivedBy).toEqual({ file: W, reason: 'clearance of last season / 清仓', expires: '2026-11-30' });
  });

  it("never excuses another store's finding", () => {
    const files = {
      [W]: waiver('w', 'tiers/price-floor', '{file: "p/**"}', '2026-11-30', 's'),
      'p/t/member-tiers.yaml': tiersYaml('spend', ['{id: a, name: {zh: a}, qualify: {spend: 0}, benefits: {price_percent: 60}}']).replace('store: s', 'store: t'),
    };
    const out = run(files, [finding('tiers/price-floor', 'p/t/member-tiers.yaml', '/spec/tiers/0')]);
    expect(out[0]!.waivedBy).toBeUndefined();
  });

  it('compares absolute finding paths from the repository root', () => {
    const out = run({ [W]: waiver('w', 'tiers/price-floor', `{file: ${TIERS}}`, '2026-11-30') }, [finding('tiers/price-floor', `/repo/${TIERS}`, '/spec')], { rootDir: '/repo' });
    expect(out[0]!.waivedBy).toBeDefined();
  });

  it('does not change the findings it was given', () => {
    const input = [finding('tiers/price-floor', TIERS, '/spec')];
    run({ [W]: waiver('w', 'tiers/price-floor', `{file: ${TIERS}}`, '2026-11-30') }, input);
    expect(input[0]!.waivedBy).toBeUndefined();
  });

  it('matches a finding of a real rule end to end, and two waivers of it both count as used', () => {
    const files = {
      [TIERS]: tiersYaml('spend', ['{id: a, name: {zh: a}, qualify: {spend: 0}, benefits: {price_percent: 100}}', '{id: b, name: {zh: b}, qualify: {spend: 1}, benefits: {price_percent: 65}}']),
      [W]: waiver('w', 'tiers/price-floor', `{file: ${TIERS}, pointer: /spec/tiers/1}`, '2026-11-30'),
      'p/s/waivers/w2.yaml': waiver('w2', 'tiers/price-floor', `{file: ${TIERS}}`, '2026-12-01'),
    };
    const { set } = loadFixture(files);
    const findings = runPolicyRules(set, { now: NOW }, [priceFloor]);
    expect(findings.map((d) => d.code)).toEqual(['tiers/price-floor']);
    const out = applyWaivers(findings, set, NOW);
    expect(out).toHaveLength(1);
    expect(out[0]!.waivedBy?.file).toBe(W);
  });
});

describe('applyWaivers: runs that see only part of the findings', () => {
  it('reportsUnused: a waiver of a rule the run did not check is not unused', () => {
    const files = { [W]: waiver('w', 'listing/banned-term', '{sku: DRS-001}', '2026-11-30') };
    expect(run(files, []).map((d) => d.code)).toEqual(['waiver/unused']);
    expect(run(files, [], { reportsUnused: (rule: string) => !rule.startsWith('listing/') })).toEqual([]);
  });

  it('reportsUnused never hides an expired waiver', () => {
    const files = { [W]: waiver('w', 'listing/banned-term', '{sku: DRS-001}', '2026-10-01') };
    expect(run(files, [], { reportsUnused: () => false }).map((d) => d.code)).toEqual(['waiver/expired']);
  });
});

describe('judgeWaivers: each waiver live, or the finding that says why not', () => {
  const cases: { name: string; expires: string | undefined; rule?: string; problem: string | undefined }[] = [
    { name: 'live', expires: '2026-11-30', problem: undefined },
    { name: 'expired', expires: '2026-10-31', problem: 'waiver/expired.expired' },
    { name: 'no expiry', expires: undefined, problem: 'waiver/no-expiry.missing' },
    { name: 'too far ahead', expires: '2027-06-30', problem: 'waiver/no-expiry.tooFar' },
    { name: 'an unknown rule', expires: '2026-11-30', rule: 'listing/banned-terms', problem: 'waiver/unused.unknownRule' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { set } = loadFixture({ [W]: waiver('w', c.rule ?? 'listing/banned-term', `{file: ${TIERS}, pointer: /spec}`, c.expires) });
      const [judged] = judgeWaivers(set, NOW);
      expect(judged!.store).toBe('s');
      expect(judged!.problem?.messageId).toBe(c.problem);
      // the target is compiled either way, so a caller can tell where a dead waiver would have applied
      expect(judged!.target.file!.test(TIERS)).toBe(true);
      expect(judged!.target.pointer).toBe('/spec');
    });
  }

  it('waivedByOf and unusedWaiverFinding say what applyWaivers says', () => {
    const { set } = loadFixture({ [W]: waiver('w', 'tiers/price-floor', `{file: ${TIERS}}`, '2026-11-30') });
    const [judged] = judgeWaivers(set, NOW);
    expect(waivedByOf(judged!.doc)).toEqual({ file: W, reason: 'clearance of last season / 清仓', expires: '2026-11-30' });
    expect(unusedWaiverFinding(judged!.doc)).toEqual(applyWaivers([], set, NOW)[0]);
  });
});
