import type { Lang } from '@storepolicy/schema';
import { palette, type Palette } from '../report/colors.js';
import { displayWidth, padEndWidth } from '../report/text-width.js';
import type { TestCaseReport, TestReport } from './test.model.js';

const WORDS = {
  en: {
    expected: 'Expected',
    actual: 'Actual',
    nothing: '(nothing)',
    hint: 'hint',
    problems: 'Problems in the policy and test files:',
    uncovered: 'rules not exercised by any test:',
    allCovered: 'every rule is exercised by a test',
    noTests: 'no PolicyTest documents found (write them under policies/<store>/tests/)',
    summary: (passed: number, failed: number) => `${passed} passed, ${failed} failed`,
  },
  zh: {
    expected: '预期',
    actual: '实际',
    nothing: '（无）',
    hint: '提示',
    problems: '策略文件和测试文件中的问题：',
    uncovered: '没有任何测试覆盖的规则：',
    allCovered: '每条规则都有测试覆盖',
    noTests: '未找到 PolicyTest 文档（请写在 policies/<店铺>/tests/ 下）',
    summary: (passed: number, failed: number) => `${passed} 个通过，${failed} 个失败`,
  },
} as const;

/**
 * Test-runner output: the cases of each test file with ✓ or ✗, under a
 * failed case each broken expectation located in the test file with an
 * Expected/Actual diff, then problems, uncovered rules and, alone on the
 * last line, `N passed, M failed`.
 */
export function formatTestPretty(report: TestReport, options: { lang: Lang; color: boolean }): string {
  const words = WORDS[options.lang];
  const c = palette(options.color);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const testCase of report.cases) {
    if (testCase.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      currentFile = testCase.file;
      lines.push(c.bold(`${testCase.file}`) + c.dim(` (${testCase.store}/${testCase.test})`));
    }
    lines.push(...caseLines(testCase, words, c));
  }
  if (report.cases.length === 0) lines.push(words.noTests);
  if (report.problems.length > 0) {
    lines.push('', c.bold(words.problems));
    for (const d of report.problems) {
      const severity = d.severity === 'error' ? c.red(d.severity) : c.yellow(d.severity);
      lines.push(`  ${d.file}:${d.line}:${d.column} ${severity} ${d.code} ${d.message}`);
    }
  }
  lines.push('', report.uncovered.length > 0 ? `${words.uncovered} ${report.uncovered.join(', ')}` : words.allCovered);
  const { passed, failed } = report.summary;
  lines.push('', failed > 0 ? c.red(words.summary(passed, failed)) : c.green(words.summary(passed, failed)));
  return lines.join('\n');
}

function caseLines(testCase: TestCaseReport, words: (typeof WORDS)[Lang], c: Palette): string[] {
  const time = c.dim(` (${Math.round(testCase.durationMs)} ms)`);
  if (testCase.status === 'passed') return [`  ${c.green('✓')} ${testCase.name}${time}`];
  const lines = [`  ${c.red('✗')} ${testCase.name}${time}`];
  for (const failure of testCase.failures) {
    const d = failure.diagnostic;
    lines.push(`      ${c.cyan(`${d.file}:${d.line}:${d.column}`)} ${d.message}`);
    const width = Math.max(displayWidth(words.expected), displayWidth(words.actual));
    lines.push(...side('-', padEndWidth(words.expected, width), failure.expected, words.nothing, c.green));
    lines.push(...side('+', padEndWidth(words.actual, width), failure.actual, words.nothing, c.red));
    if (d.hint) lines.push(c.dim(`        ${words.hint}: ${d.hint}`));
  }
  return lines;
}

/** One side of the diff; a multi-line side keeps its marker on every line. */
function side(marker: string, label: string, text: string, nothing: string, paint: (s: string) => string): string[] {
  const rows = text === '' ? [nothing] : text.split('\n');
  return rows.map((row, i) => paint(`        ${marker} ${i === 0 ? `${label}: ` : ' '.repeat(displayWidth(label) + 2)}${row}`));
}
