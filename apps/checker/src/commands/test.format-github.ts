import type { LocalizedDiagnostic } from '@storepolicy/schema';
import { command } from '../report/formatters/github.js';
import type { TestReport } from './test.model.js';

/**
 * GitHub Actions annotations: each broken expectation on its line of the test
 * file (with the expected/actual diff), each broken policy or test file on
 * its line, and a closing notice `N passed, M failed`.
 */
export function formatTestGithub(report: TestReport): string {
  const lines: string[] = [];
  for (const c of report.cases) {
    for (const f of c.failures) {
      lines.push(annotate('error', f.diagnostic, `${c.name}`, `${f.diagnostic.message}\n- expected: ${f.expected || '(nothing)'}\n+ actual: ${f.actual || '(nothing)'}`));
    }
  }
  for (const d of report.problems) {
    lines.push(annotate(d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice', d, d.code, d.message));
  }
  const { passed, failed } = report.summary;
  lines.push(command('notice', { title: 'storepolicy test' }, `${passed} passed, ${failed} failed`));
  return lines.join('\n');
}

function annotate(level: string, d: LocalizedDiagnostic, title: string, message: string): string {
  return command(level, { file: d.file.replace(/\\/g, '/'), line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title }, message);
}
