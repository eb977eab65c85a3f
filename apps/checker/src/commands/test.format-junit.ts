import { element, xmlText } from '../report/formatters/xml.js';
import type { TestCaseReport, TestReport } from './test.model.js';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML as CI test tabs read it: one <testsuite> per test file, one
 * <testcase> per case (classname `store.test`, with file and line), a
 * <failure> listing every broken expectation with its diff. Broken policy or
 * test files are one more suite of <error> cases, so CI never shows green
 * for tests that could not run.
 */
export function formatTestJunit(report: TestReport): string {
  const byFile = new Map<string, TestCaseReport[]>();
  for (const c of report.cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const suites: string[] = [];
  for (const [file, cases] of byFile) {
    const failures = cases.filter((c) => c.status === 'failed').length;
    const time = cases.reduce((sum, c) => sum + c.durationMs, 0);
    const body = cases.map((c) => `    ${testCase(c)}\n`).join('');
    suites.push(element('testsuite', { name: file, tests: cases.length, failures, errors: 0, skipped: 0, time: seconds(time) }, `\n${body}  `));
  }
  const broken = report.problems.filter((d) => d.severity === 'error');
  if (broken.length > 0) {
    const body = broken
      .map((d) => {
        const error = element('error', { message: d.message, type: d.code }, xmlText(`${d.file}:${d.line}:${d.column} ${d.message}`));
        return `    ${element('testcase', { classname: 'policy-files', name: `${d.file}:${d.line}:${d.column} ${d.code}`, file: d.file, line: d.line }, error)}\n`;
      })
      .join('');
    suites.push(element('testsuite', { name: 'policy files', tests: broken.length, failures: 0, errors: broken.length, skipped: 0 }, `\n${body}  `));
  }
  const total = report.summary.cases + broken.length;
  const root = element(
    'testsuites',
    { name: 'storepolicy test', tests: total, failures: report.summary.failed, errors: broken.length, time: seconds(report.cases.reduce((s, c) => s + c.durationMs, 0)) },
    `\n${suites.map((s) => `  ${s}\n`).join('')}`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
}

function testCase(c: TestCaseReport): string {
  const attributes = { classname: `${c.store}.${c.test}`, name: c.name, file: c.file, line: c.line, time: seconds(c.durationMs) };
  if (c.status === 'passed') return element('testcase', attributes);
  const first = c.failures[0]!.diagnostic;
  const detail = c.failures
    .map((f) => {
      const d = f.diagnostic;
      return `${d.file}:${d.line}:${d.column} ${d.message}\n- expected: ${f.expected || '(nothing)'}\n+ actual:   ${f.actual || '(nothing)'}`;
    })
    .join('\n\n');
  const message = c.failures.length === 1 ? first.message : `${first.message} (+${c.failures.length - 1})`;
  return element('testcase', attributes, element('failure', { message, type: first.code }, xmlText(detail)));
}
