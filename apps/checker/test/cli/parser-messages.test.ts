// Parser errors are said from our message tables: under --lang zh no English
// sentence of V8's JSON.parse or of the yaml library appears inside Chinese
// text, and each finding keeps its position.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const LISTINGS = fileURLToPath(new URL('../fixtures/listings/', import.meta.url));
const BROKEN = 'apps/checker/test/fixtures/validate/broken';

/** What V8 and the yaml library say in English; none of it may reach a Chinese report. */
const PARSER_ENGLISH = /Unexpected|Expected|Unterminated|position|JSON input|Missing|Tabs are|indent|quote|not allowed/;

// one NDJSON line per kind of JSON problem, with the 1-based column it must point at
const LINES: [string, number, string, string][] = [
  ['{"sku":"A-1","title":"x","category":"dresses","price":"1" "b":2}', 59, '两项之间应为 ","', 'a "," is expected between two items'],
  ['{"sku":"A-2","title":"x",}', 26, '此处应为带双引号的键名', 'a key in double quotes is expected here'],
  ['{"sku":"A-3","title":"x', 22, '引号中的文本没有以双引号结束', 'the text in quotes is not closed with a double quote'],
  ['{"sku":"A-4"} junk', 15, '此处不能出现 "j"', '"j" cannot appear here'],
  ['{"sku":"A-5","price":01}', 23, '此数字不符合 JSON 的写法', 'this number is not written as JSON writes numbers'],
  ['{"sku" "A-6"}', 8, '键名后应为 ":"', 'a ":" is expected after the key'],
  ['{"sku":"A-7","title":"\\q"}', 22, '此转义不是 JSON 支持的写法', 'this escape is not one JSON knows'],
  ['{"sku":"A-8","price":', 22, '该行在应出现值的位置结束', 'the line ends where a value is expected'],
  ['{"sku":"A-9"', 13, '此处应为 "," 或闭合的 "}"', 'a "," or the closing "}" is expected here'],
];

describe('NDJSON lines that are not JSON', () => {
  const stdin = `${LINES.map((l) => l[0]).join('\n')}\n`;

  it('are said in Chinese under --lang zh, at the character the parser stopped at', async () => {
    const result = await runInProcess(['check', 'listing', '-', '--store', 'store', '--format', 'json', '--lang', 'zh'], { cwd: LISTINGS, stdin });
    expect(result.code, result.stderr).toBe(1);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { code: string; line: number; column: number; message: string }[] }).diagnostics;
    const input = diagnostics.filter((d) => d.code === 'listing/input');
    expect(input.map((d) => [d.line, d.column])).toEqual(LINES.map((l, i) => [i + 1, l[1]]));
    LINES.forEach(([, , zh], i) => {
      expect(input[i]!.message).toContain(zh);
      expect(input[i]!.message).not.toMatch(PARSER_ENGLISH);
    });
  });

  it('are said in our English too, the same on every Node release', async () => {
    const result = await runInProcess(['check', 'listing', '-', '--store', 'store', '--format', 'ndjson'], { cwd: LISTINGS, stdin });
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { findings: { message: string }[] });
    LINES.forEach(([, , , en], i) => expect(rows[i]!.findings[0]!.message).toMatch(new RegExp(`^Row ${i + 1} is not valid JSON: ${escape(en)}[ .]`)));
  });

  it('pretty output in Chinese labels the severity and hint in Chinese', async () => {
    const result = await runInProcess(['check', 'listing', '-', '--store', 'store', '--lang', 'zh'], { cwd: LISTINGS, stdin: `${LINES[0]![0]}\n` });
    expect(result.stdout).toContain('  错误 listing/input 第 1 行不是合法的 JSON：两项之间应为 ","。\n    修改建议：');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('YAML syntax errors', () => {
  const cases: [string, number, number, string][] = [
    ['unterminated-quote.yaml', 7, 11, '引号没有闭合'],
    ['tab-indent.yaml', 8, 1, '缩进中用了制表符'],
    ['bad-indent.yaml', 8, 1, '缩进不对'],
  ];

  it('are said in Chinese under --lang zh, at the same positions as in English', async () => {
    const zh = await runInProcess(['validate', BROKEN, '--format', 'json', '--lang', 'zh'], { cwd: ROOT });
    const en = await runInProcess(['validate', BROKEN, '--format', 'json'], { cwd: ROOT });
    type D = { code: string; file: string; line: number; column: number; message: string };
    const syntax = (stdout: string) => (JSON.parse(stdout) as { diagnostics: D[] }).diagnostics.filter((d) => d.code === 'yaml/syntax');
    for (const [file, line, column, words] of cases) {
      const found = syntax(zh.stdout).find((d) => d.file.endsWith(file));
      expect(found, file).toMatchObject({ line, column });
      expect(found!.message).toBe(`YAML 语法错误：${found!.message.slice('YAML 语法错误：'.length)}`);
      expect(found!.message).toContain(words);
      expect(found!.message).not.toMatch(PARSER_ENGLISH);
      // English keeps the parser's precise sentence, at the same place
      expect(syntax(en.stdout).find((d) => d.file.endsWith(file))).toMatchObject({ line, column, message: expect.stringMatching(/^YAML syntax error: /) });
    }
  });
});
