// Every aligned column counts terminal cells (string-width), so Chinese words
// (two cells each) line up with the ASCII around them.
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatTestPretty } from '../../src/commands/test.format-pretty.js';
import type { TestReport } from '../../src/commands/test.model.js';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('rules --lang zh', () => {
  it('names the severity in Chinese and starts every summary at the same terminal column', async () => {
    const result = await runInProcess(['rules', '--lang', 'zh', '--no-color'], { cwd: ROOT });
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => /^[a-z-]+\/[a-z0-9-]+ /.test(l));
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.find((l) => l.startsWith('promotion/prize-cap '))).toMatch(/^promotion\/prize-cap +错误 {2}法律 {2}抽奖式有奖销售/);
    expect(rows.find((l) => l.startsWith('yaml/syntax '))).toMatch(/^yaml\/syntax +错误 {8}文件不是合法的 YAML 1\.2。$/);
    // code, severity, the law mark, then the summary: it starts at the same cell on every row
    const summaryCell = (l: string) => stringWidth(/^\S+ +(?:错误|警告|提示) +(?:法律 {2})?/u.exec(l)![0]);
    expect(new Set(rows.map(summaryCell))).toEqual(new Set([summaryCell(rows[0]!)]));
  });
});

describe('storepolicy test --lang zh', () => {
  it('keeps the continuation lines of a multi-line side under the first line (预期/实际 are 4 cells wide)', () => {
    const report: TestReport = {
      version: 1,
      summary: { files: 1, tests: 1, cases: 1, passed: 0, failed: 1, problems: 0 },
      problems: [],
      uncovered: [],
      cases: [
        {
          file: 'policies/s/tests/t.yaml',
          store: 's',
          test: 't',
          name: 'case',
          line: 3,
          column: 5,
          status: 'failed',
          durationMs: 1,
          findings: [],
          prices: [],
          failures: [
            {
              diagnostic: {
                code: 'test/failed',
                severity: 'error',
                file: 'policies/s/tests/t.yaml',
                line: 3,
                column: 5,
                message: '用例失败',
              } as TestReport['problems'][number],
              expected: '无错误',
              actual: 'tiers/price-floor (error)\ntiers/threshold-order (error)',
            },
          ],
        },
      ],
    };
    const lines = formatTestPretty(report, { lang: 'zh', color: false }).split('\n');
    const first = lines.findIndex((l) => l.includes('+ 实际：') || l.includes('+ 实际: '));
    expect(first).toBeGreaterThan(0);
    const firstLine = lines[first]!;
    const next = lines[first + 1]!;
    // the second finding starts at the same terminal cell as the first
    expect(stringWidth(next.slice(0, next.indexOf('tiers/')))).toBe(stringWidth(firstLine.slice(0, firstLine.indexOf('tiers/'))));
  });
});
