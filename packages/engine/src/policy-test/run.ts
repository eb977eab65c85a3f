import type { PolicyTestExpectedFinding } from '@storepolicy/schema';
import { ruleCatalog } from '../rules/index.js';
import { runCase } from './run-case.js';
import type { CaseResult, PolicyTestRun, PolicyTestRunInput } from './types.js';

/** Codes a test cannot meaningfully be about: parse and schema errors, and tests themselves. */
const NOT_COVERABLE = /^(yaml|schema|test)\//;

/** Run every case of every test, in file order. Pure: documents in, results out. */
export function runPolicyTests(input: PolicyTestRunInput): PolicyTestRun {
  const cases: CaseResult[] = [];
  for (const test of input.tests) {
    test.value.spec.cases.forEach((_, index) => cases.push(runCase(test, index, input)));
  }
  return { cases, uncovered: uncoveredRules(input.tests.flatMap((t) => t.value.spec.cases.flatMap((c) => c.expect.codes ?? []))) };
}

/**
 * Rules no case expects to fire. A rule counts as exercised only when some
 * case lists it under `codes`: a test that shows a rule can fail is what
 * protects it from a policy edit that silently disables it.
 */
export function uncoveredRules(expected: readonly PolicyTestExpectedFinding[]): string[] {
  const exercised = new Set(expected.map((item) => (typeof item === 'string' ? item : item.code)));
  return ruleCatalog
    .map((meta) => meta.code)
    .filter((code) => !NOT_COVERABLE.test(code) && !exercised.has(code))
    .sort();
}
