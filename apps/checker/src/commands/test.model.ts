import { localize, type Diagnostic, type Lang, type LocalizedDiagnostic, type MessageCatalog } from '@storepolicy/schema';
import type { PolicyTestRun } from '@storepolicy/engine';
import { compareDiagnostics } from '../report/model.js';

/** One broken expectation: the located, localized `test/failed` finding and both sides of the diff. */
export interface TestFailure {
  diagnostic: LocalizedDiagnostic;
  expected: string;
  actual: string;
}

/** A finding a case produced, compact: enough to see why an expectation held or not. */
export interface TestFinding {
  code: string;
  severity: Diagnostic['severity'];
  file: string;
  line: number;
  column: number;
  pointer: string;
  waived: boolean;
}

export interface TestCaseReport {
  file: string;
  store: string;
  test: string;
  name: string;
  line: number;
  column: number;
  status: 'passed' | 'failed';
  durationMs: number;
  failures: TestFailure[];
  /** Every finding the case produced (so a passing case can be inspected too). */
  findings: TestFinding[];
  /** Dry-run prices of the case's Promotion inputs, integer fen. */
  prices: PolicyTestRun['cases'][number]['prices'];
}

/** The result model of `storepolicy test`; `--format json` is its direct image. */
export interface TestReport {
  version: 1;
  summary: { files: number; tests: number; cases: number; passed: number; failed: number; problems: number };
  cases: TestCaseReport[];
  /** YAML and schema problems of the policies and tests themselves: a broken test file is not a passing one. */
  problems: LocalizedDiagnostic[];
  /** Rule codes no case expects to fire. */
  uncovered: string[];
}

export function buildTestReport(input: {
  files: number;
  tests: number;
  run: PolicyTestRun;
  problems: readonly Diagnostic[];
  catalog: MessageCatalog;
  lang: Lang;
}): TestReport {
  const cases: TestCaseReport[] = input.run.cases.map((c) => ({
    file: c.file,
    store: c.store,
    test: c.test,
    name: c.name,
    line: c.line,
    column: c.column,
    status: c.passed ? 'passed' : 'failed',
    durationMs: Math.round(c.durationMs * 100) / 100,
    failures: c.failures.map((f) => ({ diagnostic: localize(f.diagnostic, input.catalog, input.lang), expected: f.expected, actual: f.actual })),
    findings: [...c.findings].sort(compareDiagnostics).map((d) => ({
      code: d.code,
      severity: d.severity,
      file: d.file,
      line: d.line,
      column: d.column,
      pointer: d.pointer,
      waived: d.waivedBy !== undefined,
    })),
    prices: c.prices,
  }));
  const problems = [...input.problems].sort(compareDiagnostics).map((d) => localize(d, input.catalog, input.lang));
  const passed = cases.filter((c) => c.status === 'passed').length;
  return {
    version: 1,
    summary: { files: input.files, tests: input.tests, cases: cases.length, passed, failed: cases.length - passed, problems: problems.filter((d) => d.severity === 'error').length },
    cases,
    problems,
    uncovered: input.run.uncovered,
  };
}

/** 1 when a case failed or a policy or test file is broken. */
export function testExitCode(report: TestReport): 0 | 1 {
  return report.summary.failed > 0 || report.summary.problems > 0 ? 1 : 0;
}
