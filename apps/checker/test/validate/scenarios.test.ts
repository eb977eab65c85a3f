import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, STACK_TRACE, findings, runCli, tempDir } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

// The "done means": a manager breaks one line of the demo store and
// sees the rule code at the right line and column, in English or Chinese.
// Each case edits a fresh copy of policies/demo-apparel (plus the law's
// baseline in policies/_base); expected positions are computed from the edited
// text, so comments added to the demo files do not break the test.
const POLICIES = path.resolve(FIXTURES, '../../../../../policies');
const STORE = 'demo-apparel';

interface Scenario {
  name: string;
  file: string;
  /** Exact text to replace in the demo file (must occur once). */
  from?: string;
  to?: string;
  /** Or a whole new file. */
  write?: string;
  code: string;
  /** The edited line holds this text; the finding's column is where `at` starts on that line. */
  line: string;
  at: string;
}

const scenarios: Scenario[] = [
  {
    name: 'tiers out of order',
    file: 'member-tiers.yaml',
    from: 'qualify: {spend: 3000}',
    to: 'qualify: {spend: 30000}',
    code: 'tiers/threshold-order',
    line: 'qualify: {spend: 8000}',
    at: '8000',
  },
  {
    name: 'a no-reason return window under 7 days',
    file: 'after-sales.yaml',
    from: '    days: 15\n    statutory_exemptions',
    to: '    days: 5\n    statutory_exemptions',
    code: 'after-sales/return-days',
    line: '    days: 5',
    at: '5',
  },
  {
    name: 'a review-cashback insert allowed',
    file: 'packing.yaml',
    from: '      - kind: size_guide\n',
    to: '      - kind: size_guide\n      - kind: review_cashback_card\n',
    code: 'packing/forbidden-insert',
    line: '      - kind: review_cashback_card',
    at: 'review_cashback_card',
  },
  {
    name: 'a store policy loosening the law',
    file: 'compliance.yaml',
    write: [
      'apiVersion: storepolicy/v1',
      'kind: CompliancePolicy',
      `metadata: {store: ${STORE}, name: compliance}`,
      'spec:',
      '  extends: ../_base/cn-regulations.yaml',
      '  contact_info: {wechat: false}',
      '',
    ].join('\n'),
    code: 'compliance/loosens-law',
    line: '  contact_info: {wechat: false}',
    at: 'false',
  },
];

describe('storepolicy validate: a manager breaks the demo store', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  let clean = '';

  beforeAll(() => {
    clean = path.join(tmp.dir, 'clean');
    copyStore(clean);
  });

  it('the demo store copy is clean to begin with', async () => {
    const result = await runCli(['validate', 'policies', '--format', 'json'], { cwd: clean });
    expect(findings(result).filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.code, result.stderr).toBe(0);
  });

  for (const s of scenarios) {
    it(`reports ${s.name} as ${s.code} at the edited line and column`, async () => {
      const root = path.join(tmp.dir, s.code.replace('/', '-'));
      copyStore(root);
      const file = path.join(root, 'policies', STORE, s.file);
      let text: string;
      if (s.write !== undefined) {
        text = s.write;
      } else {
        const original = readFileSync(file, 'utf8');
        expect(original.split(s.from!).length - 1, `"${s.from}" must occur once in ${s.file}`).toBe(1);
        text = original.replace(s.from!, s.to!);
      }
      writeFileSync(file, text);
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l === s.line || l.trimEnd().endsWith(s.line.trim())) + 1;
      expect(line, `"${s.line}" must be a line of the edited file`).toBeGreaterThan(0);
      const column = lines[line - 1]!.indexOf(s.at) + 1;

      const result = await runCli(['validate', 'policies', '--format', 'json'], { cwd: root });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(findings(result)).toContainEqual(
        expect.objectContaining({ code: s.code, severity: 'error', file: `policies/${STORE}/${s.file}`, line, column }),
      );
      const zh = await runCli(['validate', 'policies', '--lang', 'zh'], { cwd: root });
      expect(zh.stdout).toContain(`policies/${STORE}/${s.file}:${line}:${column}  错误  ${s.code}`);
    });
  }
});

/** policies/_base and the demo store's own YAML files (not proposals or catalogues). */
function copyStore(root: string): void {
  cpSync(path.join(POLICIES, '_base'), path.join(root, 'policies', '_base'), { recursive: true });
  for (const name of readdirSync(path.join(POLICIES, STORE))) {
    if (!name.endsWith('.yaml')) continue;
    cpSync(path.join(POLICIES, STORE, name), path.join(root, 'policies', STORE, name));
  }
}
