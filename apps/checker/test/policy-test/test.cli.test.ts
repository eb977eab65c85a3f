import { afterEach, describe, expect, it } from 'vitest';
import { parseXml } from '../formatters/xml-check.js';
import { runCli, STACK_TRACE } from '../validate/run-cli.js';
import { STORE_YAML, tiersYaml, writeRepo } from './repo.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const T = 'policies/s/tests/tiers.yaml';

/** A PolicyTest of store s; cases are YAML lines under `cases:` (line 7 onwards). */
function testYaml(caseLines: string[]): string {
  return ['apiVersion: storepolicy/v1', 'kind: PolicyTest', 'metadata: {store: s, name: tiers}', 'spec:', '  now: 2026-11-01T10:00:00+08:00', '  cases:', ...caseLines.map((l) => `    ${l}`), ''].join('\n');
}

const lowSvip = [
  '  input:',
  '    - kind: MemberTiers',
  '      spec:',
  '        metric: spend',
  '        evaluation_window_days: 365',
  '        tiers:',
  '          - {id: vip, name: {zh: vip}, qualify: {spend: 0}, benefits: {price_percent: 95}}',
  '          - {id: svip, name: {zh: svip}, qualify: {spend: 1000}, benefits: {price_percent: 65}}',
];

const PASSING = [
  '- name: the store is valid as it stands',
  '  expect: {valid: true}',
  '- name: svip never pays below 70%',
  ...lowSvip,
  '  expect: {valid: false, codes: [{code: tiers/price-floor, pointer: /spec/tiers/1}]}',
];

/** Case 3 expects the opposite of what happens: its `valid: true` is on line 29, column 16. */
const FAILING = [...PASSING, '- name: a wrong expectation', ...lowSvip, '  expect:', '    valid: true'];

function repo(tests: Record<string, string>) {
  const written = writeRepo({ 'policies/s/store.yaml': STORE_YAML, 'policies/s/member-tiers.yaml': tiersYaml(90), ...tests });
  cleanup = written.cleanup;
  return written.dir;
}

const lastLine = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

describe('storepolicy test', () => {
  it('passes: a tick per case, and "N passed, 0 failed" alone on the last line, exit 0', async () => {
    const result = await runCli(['test'], { cwd: repo({ [T]: testYaml(PASSING) }) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}✓ the store is valid as it stands \(\d+ ms\)$/m);
    expect(result.stdout).toMatch(/^ {2}✓ svip never pays below 70% \(\d+ ms\)$/m);
    expect(lastLine(result.stdout)).toBe('2 passed, 0 failed');
  });

  it('fails: a cross, the broken expectation located in the test file with an expected/actual diff, exit 1', async () => {
    const result = await runCli(['test'], { cwd: repo({ [T]: testYaml(FAILING) }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}✗ a wrong expectation \(\d+ ms\)$/m);
    expect(result.stdout).toContain(`${T}:29:16 Case "a wrong expectation" expected the store to be valid, but it has 1 error: tiers/price-floor.`);
    expect(result.stdout).toMatch(/^ {8}- Expected: no errors$/m);
    expect(result.stdout).toMatch(new RegExp(`^ {8}\\+ Actual  : tiers/price-floor \\(error\\) ${T}:27:96 /spec/tiers/1/benefits/price_percent$`, 'm'));
    expect(lastLine(result.stdout)).toBe('2 passed, 1 failed');
  });

  it('lists the rules no case expects to fire', async () => {
    const result = await runCli(['test'], { cwd: repo({ [T]: testYaml(PASSING) }) });
    const line = result.stdout.split('\n').find((l) => l.startsWith('rules not exercised by any test: '))!;
    const codes = line.slice('rules not exercised by any test: '.length).split(', ');
    expect(codes).toContain('tiers/threshold-order');
    expect(codes).toContain('waiver/expired');
    expect(codes).not.toContain('tiers/price-floor');
    expect(codes.some((c) => /^(yaml|schema|test)\//.test(c))).toBe(false);
  });

  it('--format json: cases with status and located test/failed findings', async () => {
    const result = await runCli(['test', '--format', 'json'], { cwd: repo({ [T]: testYaml(FAILING) }) });
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    // + the store's compliance.yaml and the law baseline it extends (repo.ts)
    expect(body.summary).toEqual({ files: 5, tests: 1, cases: 3, passed: 2, failed: 1, problems: 0 });
    expect(body.cases.map((c: { name: string; status: string; line: number }) => [c.name, c.status, c.line])).toEqual([
      ['the store is valid as it stands', 'passed', 7],
      ['svip never pays below 70%', 'passed', 9],
      ['a wrong expectation', 'failed', 19],
    ]);
    expect(body.cases[1].findings).toEqual([{ code: 'tiers/price-floor', severity: 'error', file: T, line: 17, column: 96, pointer: '/spec/tiers/1/benefits/price_percent', waived: false }]);
    expect(body.cases[2].failures[0].diagnostic).toMatchObject({ code: 'test/failed', severity: 'error', file: T, line: 29, column: 16, messageId: 'test/failed.expectedValid' });
  });

  it('--format junit: one suite per test file, one testcase per case, a failure typed test/failed', async () => {
    const result = await runCli(['test', '--format', 'junit'], { cwd: repo({ [T]: testYaml(FAILING) }) });
    expect(result.code).toBe(1);
    const root = parseXml(result.stdout);
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const [suite] = root.children;
    expect(suite!.attributes).toMatchObject({ name: T, tests: '3', failures: '1' });
    expect(suite!.children.map((c) => [c.attributes.name, c.attributes.classname, c.attributes.line, c.children.map((f) => f.name)])).toEqual([
      ['the store is valid as it stands', 's.tiers', '7', []],
      ['svip never pays below 70%', 's.tiers', '9', []],
      ['a wrong expectation', 's.tiers', '19', ['failure']],
    ]);
    const failure = suite!.children[2]!.children[0]!;
    expect(failure.attributes.type).toBe('test/failed');
    expect(failure.text).toContain(`${T}:29:16`);
    expect(failure.text).toContain('- expected: no errors');
  });

  it('reads input_file relative to the test file; the file is an input, not a policy of the store', async () => {
    const fixture = tiersYaml(65);
    const cases = ['- name: from a file', '  input_file: fixtures/low-svip.yaml', '  expect: {codes: [tiers/price-floor]}', '- name: the store itself is untouched', '  expect: {valid: true}'];
    const result = await runCli(['test'], { cwd: repo({ [T]: testYaml(cases), 'policies/s/tests/fixtures/low-svip.yaml': fixture }) });
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toBe('2 passed, 0 failed');
  });

  it('a missing input_file fails its case, located at input_file, and the other cases still run', async () => {
    const cases = ['- name: from nowhere', '  input_file: fixtures/none.yaml', '  expect: {valid: true}', '- name: still runs', '  expect: {valid: true}'];
    const result = await runCli(['test'], { cwd: repo({ [T]: testYaml(cases) }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${T}:8:19 Case "from nowhere" cannot run: its input_file policies/s/tests/fixtures/none.yaml cannot be read.`);
    expect(lastLine(result.stdout)).toBe('1 passed, 1 failed');
  });

  it('a broken test file is a problem that fails the run, never a silent pass', async () => {
    const broken = testYaml(['- name: typo', '  expct: {valid: true}']);
    const result = await runCli(['test', '--format', 'json'], { cwd: repo({ [T]: broken }) });
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.summary).toMatchObject({ cases: 0, problems: 2 });
    expect(body.problems.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([
      ['schema/required', 7],
      ['schema/unknown-key', 8],
    ]);
  });

  it('--filter runs only matching cases; a filter matching nothing is a usage error (exit 2)', async () => {
    const dir = repo({ [T]: testYaml(FAILING) });
    const filtered = await runCli(['test', '--filter', 'svip'], { cwd: dir });
    expect(filtered.code).toBe(0);
    expect(lastLine(filtered.stdout)).toBe('1 passed, 0 failed');
    const none = await runCli(['test', '--filter', 'nothing like this'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('storepolicy: --filter nothing like this: no test case name contains this text\n');
    expect(none.stderr).not.toMatch(STACK_TRACE);
  });

  it('prints in Chinese with --lang zh', async () => {
    const result = await runCli(['test', '--lang', 'zh'], { cwd: repo({ [T]: testYaml(FAILING) }) });
    expect(result.stdout).toContain('用例"a wrong expectation"预期店铺策略有效');
    expect(lastLine(result.stdout)).toBe('2 个通过，1 个失败');
  });

  it('exits 2 for a path that does not exist', async () => {
    const result = await runCli(['test', 'no/such/dir'], { cwd: repo({}) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: no/such/dir: no such file or directory\n');
  });
});

describe('storepolicy test --format github', () => {
  it('annotates each broken expectation on its line of the test file, then a summary notice', async () => {
    const result = await runCli(['test', '--format', 'github'], { cwd: repo({ [T]: testYaml(FAILING) }) });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=policies\/s\/tests\/tiers\.yaml,line=29,col=16,endLine=29,endColumn=20,title=a wrong expectation::Case "a wrong expectation" expected the store to be valid/);
    expect(lines[0]).toContain('%0A- expected: no errors%0A+ actual: tiers/price-floor (error)');
    expect(lines[1]).toBe('::notice title=storepolicy test::2 passed, 1 failed');
  });
});

describe('storepolicy test <one test file>', () => {
  it("runs the test against its store folder's policies, not an empty store", async () => {
    const other = testYaml(['- name: another test file', '  expect: {valid: false}']).replace('name: tiers', 'name: other');
    const dir = repo({ [T]: testYaml(PASSING), 'policies/s/tests/other.yaml': other });
    const result = await runCli(['test', T], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('another test file');
    expect(lastLine(result.stdout)).toBe('2 passed, 0 failed');
    // the whole folder runs both files (and the other one fails: the store is valid)
    expect(lastLine((await runCli(['test'], { cwd: dir })).stdout)).toBe('2 passed, 1 failed');
  });
});
