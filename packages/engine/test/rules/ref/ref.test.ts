import { loadYaml } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { buildPolicySet } from '../../../src/bundle.js';
import { duplicate } from '../../../src/rules/ref/duplicate.js';
import { unresolved } from '../../../src/rules/ref/unresolved.js';
import type { PolicyRule } from '../../../src/rule.js';
import { runPolicyRules } from '../../../src/runner.js';

// These rules read only the envelope, so fixtures skip the kind schemas
// (which change as kinds grow) and exercise the references alone.
function run(rule: PolicyRule, files: Record<string, string>) {
  const documents = Object.entries(files).flatMap(([file, text]) => loadYaml(file, text).documents);
  return runPolicyRules(buildPolicySet(documents), { now: new Date() }, [rule]);
}

const doc = (kind: string, name: string, spec = '{}') =>
  `apiVersion: storepolicy/v1\nkind: ${kind}\nmetadata:\n  store: demo\n  name: ${name}\nspec: ${spec}\n`;

describe('ref/duplicate', () => {
  it.each([
    {
      name: 'two promotions with one id: at the second name',
      files: { 'a.yaml': doc('Promotion', 'p1'), 'b.yaml': doc('Promotion', 'p1') },
      expected: [{ code: 'ref/duplicate', file: 'b.yaml', line: 5, column: 9, messageId: 'ref/duplicate.sameName' }],
    },
    {
      name: 'a second MemberTiers: at its kind',
      files: { 'a.yaml': doc('MemberTiers', 'tiers'), 'b.yaml': doc('MemberTiers', 'tiers-2027') },
      expected: [{ code: 'ref/duplicate', file: 'b.yaml', line: 2, column: 7, messageId: 'ref/duplicate.secondPolicy' }],
    },
    {
      name: 'distinct names pass',
      files: { 'a.yaml': doc('Promotion', 'p1'), 'b.yaml': doc('Promotion', 'p2') },
      expected: [],
    },
  ])('$name', ({ files, expected }) => {
    const findings = run(duplicate, files);
    expect(findings.map(({ code, file, line, column, messageId }) => ({ code, file, line, column, messageId }))).toEqual(expected);
    for (const finding of findings) {
      expect(finding.related).toEqual([expect.objectContaining({ file: 'a.yaml', line: 5, column: 9 })]);
    }
  });
});

describe('ref/unresolved', () => {
  const store = doc('Store', 'store');
  it.each<{ name: string; files: Record<string, string>; expected: object[] }>([
    {
      name: 'extends naming a missing file is no-baseline\'s, not reported here',
      files: { 'p/demo/store.yaml': store, 'p/demo/compliance.yaml': doc('CompliancePolicy', 'c', '\n  extends: ../_base/nope.yaml') },
      expected: [],
    },
    {
      name: 'policies without a Store document: at metadata.store',
      files: { 'p/demo/member-tiers.yaml': doc('MemberTiers', 'tiers') },
      expected: [{ code: 'ref/unresolved', file: 'p/demo/member-tiers.yaml', line: 4, column: 10 }],
    },
  ])('$name', ({ files, expected }) => {
    const findings = run(unresolved, files);
    expect(findings.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual(expected);
  });
});
