import type { TestReport } from './test.model.js';

/** `--format json`: the TestReport as it is, a stable contract for other tools. */
export function formatTestJson(report: TestReport): string {
  return JSON.stringify(report, null, 2);
}
