import { describe, expect, it } from 'vitest';
import { loadYaml, type PolicyDocument, type PolicyTest } from '@storepolicy/schema';
import { runPolicyTests, type DryRun, type LoadedInputFile } from '../../src/policy-test/index.js';
import { ruleCatalog } from '../../src/rules/index.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { tiersYaml } from '../rules/tiers/_fixtures.js';
import { storeYaml } from '../waivers/_fixtures.js';
import { BASE_YAML } from '../listing/_fixture.js';

const tier = (id: string, spend: number, price: number) => `{id: ${id}, name: {zh: ${id}}, qualify: {spend: ${spend}}, benefits: {price_percent: ${price}}}`;
const STORE = {
  'p/s/store.yaml': storeYaml('s'),
  'p/s/member-tiers.yaml': tiersYaml('spend', [tier('vip', 0, 95), tier('svip', 1000, 90)]),
  // every store extends the law baseline (SPEC section 9, compliance/no-baseline)
  'p/s/compliance.yaml': 'apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: s, name: compliance}\nspec:\n  extends: ../_base/cn-regulations.yaml\n',
  'p/_base/cn-regulations.yaml': BASE_YAML,
};
const TEST_FILE = 'p/s/tests/t.yaml';

/** A PolicyTest whose cases are given as YAML lines (indented under `cases:`). */
function testYaml(caseLines: string[]): string {
  return ['apiVersion: storepolicy/v1', 'kind: PolicyTest', 'metadata: {store: s, name: t}', 'spec:', '  now: 2026-11-01T10:00:00+08:00', '  cases:', ...caseLines.map((l) => `    ${l}`), ''].join('\n');
}

function run(caseLines: string[], options: { inputFiles?: Map<string, LoadedInputFile>; dryRun?: DryRun; catalogs?: Map<string, never[]> } = {}) {
  const { documents } = loadFixture({ ...STORE, [TEST_FILE]: testYaml(caseLines) });
  const tests = documents.filter((d) => d.kind === 'PolicyTest') as PolicyDocument<PolicyTest>[];
  return runPolicyTests({ tests, documents, inputFiles: options.inputFiles ?? new Map(), now: new Date('2030-01-01T00:00:00Z'), ...options });
}

/** The MemberTiers input block of a case, svip at `svipPrice` (its price_percent is on the last line). */
const tiersInput = (svipPrice: number) => [
  '  input:',
  '    - kind: MemberTiers',
  '      spec:',
  '        metric: spend',
  '        evaluation_window_days: 365',
  '        tiers:',
  `          - ${tier('vip', 0, 95)}`,
  `          - ${tier('svip', 1000, svipPrice)}`,
];

describe('runPolicyTests', () => {
  it('passes a case with no input on a valid store', () => {
    const [c] = run(['- name: the store is valid', '  expect: {valid: true}']).cases;
    expect(c).toMatchObject({ name: 'the store is valid', passed: true, failures: [], line: 7, column: 13, store: 's', file: TEST_FILE });
  });

  it('an input of a policy kind replaces the store document, and its findings point into the test file', () => {
    const [c] = run(['- name: svip at 65% is refused', ...tiersInput(65), '  expect: {valid: false, codes: [{code: tiers/price-floor, pointer: /spec/tiers/1}]}']).cases;
    expect(c!.passed).toBe(true);
    const floor = c!.findings.find((d) => d.code === 'tiers/price-floor')!;
    expect(floor).toMatchObject({ file: TEST_FILE, line: 15, column: 96, pointer: '/spec/tiers/1/benefits/price_percent' });
    // the store's own MemberTiers (svip at 90) was replaced, not checked alongside
    expect(c!.findings.filter((d) => d.file === 'p/s/member-tiers.yaml')).toEqual([]);
  });

  it('fails a case whose expectation does not hold, with a test/failed finding at the expectation', () => {
    const [c] = run(['- name: svip at 65% is fine', ...tiersInput(65), '  expect:', '    valid: true', '    absent_codes: [tiers/price-floor]']).cases;
    expect(c!.passed).toBe(false);
    expect(c!.failures.map((f) => [f.diagnostic.code, f.diagnostic.messageId, f.diagnostic.line, f.diagnostic.column])).toEqual([
      ['test/failed', 'test/failed.expectedValid', 17, 16],
      ['test/failed', 'test/failed.unexpectedCode', 18, 24],
    ]);
    expect(c!.failures[0]!.diagnostic.params).toMatchObject({ name: 'svip at 65% is fine', count: 1, codes: 'tiers/price-floor' });
    expect(c!.failures[1]!.actual).toContain(`tiers/price-floor (error) ${TEST_FILE}:15:96`);
  });

  it('reports a missing code, and a code at the wrong pointer', () => {
    const [c] = run(['- name: wrong place', ...tiersInput(65), '  expect:', '    codes: [tiers/benefit-order, {code: tiers/price-floor, pointer: /spec/tiers/0}]']).cases;
    expect(c!.failures.map((f) => f.diagnostic.messageId)).toEqual(['test/failed.missingCode', 'test/failed.missingCodeAt']);
    expect(c!.failures[1]!.diagnostic.params).toMatchObject({ code: 'tiers/price-floor', pointer: '/spec/tiers/0', actual: 'tiers/price-floor' });
    expect(c!.failures[1]!.diagnostic).toMatchObject({ line: 17, column: 38 });
  });

  it('expects invalid: fails when the store is valid', () => {
    const [c] = run(['- name: should break', '  expect: {valid: false}']).cases;
    expect(c!.failures.map((f) => f.diagnostic.messageId)).toEqual(['test/failed.expectedInvalid']);
  });

  it('structural errors of an inline input are findings at their place in the test file', () => {
    const [c] = run(['- name: typo', '  input:', '    - kind: MemberTiers', '      spec: {metric: spend, evaluation_window_days: 365, tiers: [], free_shiping: true}', '  expect: {codes: [schema/unknown-key]}']).cases;
    expect(c!.passed).toBe(true);
    expect(c!.findings.find((d) => d.code === 'schema/unknown-key')).toMatchObject({ file: TEST_FILE, line: 10 });
  });

  it('reads input_file relative to the test file, and fails the case when it is missing', () => {
    const text = tiersYaml('spend', [tier('vip', 0, 95), tier('svip', 1000, 60)]);
    const loaded = loadYaml('p/s/tests/fixtures/low.yaml', text);
    const inputFiles = new Map([['p/s/tests/fixtures/low.yaml', loaded]]);
    const ok = run(['- name: from a file', '  input_file: fixtures/low.yaml', '  expect: {codes: [tiers/price-floor]}'], { inputFiles }).cases[0]!;
    expect(ok.passed).toBe(true);
    expect(ok.findings.find((d) => d.code === 'tiers/price-floor')).toMatchObject({ file: 'p/s/tests/fixtures/low.yaml', line: 9 });
    const missing = run(['- name: from nowhere', '  input_file: fixtures/none.yaml', '  expect: {valid: true}']).cases[0]!;
    expect(missing.failures.map((f) => [f.diagnostic.messageId, f.diagnostic.line, f.diagnostic.column])).toEqual([['test/failed.inputFileMissing', 8, 19]]);
    expect(missing.failures[0]!.diagnostic.params.file).toBe('p/s/tests/fixtures/none.yaml');
  });

  it('refuses an input that names another store', () => {
    const c = run(['- name: foreign', '  input:', '    - {kind: MemberTiers, metadata: {store: other}, spec: {}}', '  expect: {valid: true}']).cases[0]!;
    expect(c.failures.map((f) => [f.diagnostic.messageId, f.diagnostic.line])).toEqual([['test/failed.wrongStore', 9]]);
  });

  it("a Waiver input waives a finding in the case (the store's own waivers are left out)", () => {
    const c = run([
      '- name: a waived floor',
      ...tiersInput(65),
      '    - kind: Waiver',
      '      spec: {rule: tiers/price-floor, target: {file: p/s/tests/t.yaml}, reason: clearance, approved_by: li, expires: 2026-11-30}',
      '  expect: {valid: true}',
    ]).cases[0]!;
    expect(c.passed).toBe(true);
    expect(c.findings.find((d) => d.code === 'tiers/price-floor')!.waivedBy?.expires).toBe('2026-11-30');
  });

  it('judges time at the case now, then the test now', () => {
    const lines = (now: string) => [
      '- name: expiry',
      `  now: ${now}`,
      ...tiersInput(65),
      '    - kind: Waiver',
      '      spec: {rule: tiers/price-floor, target: {file: p/s/tests/t.yaml}, reason: clearance, approved_by: li, expires: 2026-11-30}',
      '  expect: {codes: [waiver/expired]}',
    ];
    expect(run(lines('2026-12-01T00:00:00+08:00')).cases[0]!.passed).toBe(true);
    expect(run(lines('2026-11-30T12:00:00+08:00')).cases[0]!.passed).toBe(false);
  });

  it('compares prices in fen per SKU and tier, and says which differ', () => {
    const dryRun: DryRun = ({ proposals }) => ({
      diagnostics: [],
      prices: proposals.map((p) => ({ promotion: p.value.metadata.name, sku: 'DRS-001', tier: 'svip', list: 19900, single: 15224, worst: 11868, floor: 9450, steps: [] })),
    });
    const lines = (single: string, worst: string) => [
      '- name: prices',
      '  input:',
      '    - {kind: Promotion, metadata: {name: d11}, spec: {type: free_shipping, window: {start: 2026-11-11T00:00:00+08:00, end: 2026-11-12T00:00:00+08:00}, scope: {all: true}}}',
      `  expect: {prices: [{sku: DRS-001, tier: svip, single: ${single}, worst: ${worst}}, {sku: DRS-001, tier: vip}]}`,
    ];
    const catalogs = new Map([['s', []]]);
    const c = run(lines('152.24', '"118.60"'), { dryRun, catalogs }).cases[0]!;
    expect(c.failures.map((f) => [f.diagnostic.messageId, f.diagnostic.params.field ?? '', f.expected, f.actual])).toEqual([
      ['test/failed.priceMismatch', 'worst', 'DRS-001 svip worst 118.60', 'DRS-001 svip worst 118.68'],
      ['test/failed.missingPrice', '', 'a price row for DRS-001 vip', 'none'],
    ]);
    expect(run(['- name: right', '  input:', '    - {kind: Promotion, metadata: {name: d11}, spec: {type: free_shipping, window: {start: 2026-11-11T00:00:00+08:00, end: 2026-11-12T00:00:00+08:00}, scope: {all: true}}}', '  expect: {prices: [{sku: DRS-001, tier: svip, single: 152.24, worst: 118.68, floor: 94.5}]}'], { dryRun, catalogs }).cases[0]!.passed).toBe(true);
  });

  it('lists the rules no case expects', () => {
    const { uncovered } = run(['- name: floor', ...tiersInput(65), '  expect: {codes: [tiers/price-floor]}']);
    expect(uncovered).not.toContain('tiers/price-floor');
    expect(uncovered).toContain('tiers/threshold-order');
    expect(uncovered.some((code) => /^(yaml|schema|test)\//.test(code))).toBe(false);
    expect(uncovered.length).toBe(ruleCatalog.filter((m) => !/^(yaml|schema|test)\//.test(m.code)).length - 1);
  });
});

describe('merge: true inputs', () => {
  it('change one value of the store document and keep the rest', () => {
    const c = run([
      '- name: svip at 65% through a merge',
      '  input:',
      '    - kind: MemberTiers',
      '      merge: true',
      '      spec: {tiers: [{id: vip, name: {zh: vip}, qualify: {spend: 0}, benefits: {price_percent: 95}}, {id: svip, name: {zh: svip}, qualify: {spend: 1000}, benefits: {price_percent: 65}}]}',
      '  expect: {codes: [tiers/price-floor], absent_codes: [schema/required]}',
    ]).cases[0]!;
    expect(c.failures.map((f) => f.diagnostic.params)).toEqual([]);
    // metric and evaluation_window_days came from the store's file; the finding is on the patch's line
    expect(c.findings.find((d) => d.code === 'tiers/price-floor')).toMatchObject({ file: TEST_FILE, line: 11 });
  });

  it('null removes a key (and the schema then says it is required)', () => {
    const c = run(['- name: no metric', '  input:', '    - {kind: MemberTiers, merge: true, spec: {metric: null}}', '  expect: {codes: [schema/required]}']).cases[0]!;
    expect(c.passed).toBe(true);
  });

  it('fails the case when the store has no document of that kind to merge into', () => {
    const c = run(['- name: nothing there', '  input:', '    - {kind: PackingStandard, merge: true, spec: {}}', '  expect: {valid: true}']).cases[0]!;
    expect(c.failures.map((f) => [f.diagnostic.messageId, f.diagnostic.line])).toEqual([['test/failed.nothingToMerge', 9]]);
  });
});

describe('input files that are not policy documents', () => {
  it('a scalar document in an input file is a schema finding, not a crash', () => {
    const inputFiles = new Map([['p/s/tests/fixtures/odd.yaml', loadYaml('p/s/tests/fixtures/odd.yaml', 'just a string\n')]]);
    const c = run(['- name: odd', '  input_file: fixtures/odd.yaml', '  expect: {codes: [schema/type]}'], { inputFiles }).cases[0]!;
    expect(c.passed).toBe(true);
    expect(c.findings.map((d) => [d.code, d.file, d.line])).toEqual([['schema/type', 'p/s/tests/fixtures/odd.yaml', 1]]);
  });
});
