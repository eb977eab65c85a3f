// Usage errors in the run's language (issue 11): every command's own errors
// and each kind of commander error, under --lang zh in Chinese and under en
// in the English words users and scripts already know. Exit 2, one line
// (commander's errors: the line, commander's suggestion if any, and the hint).
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderMessage } from '../../src/failure.js';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';
const CJK = /[\u4e00-\u9fff]/;

interface Case {
  name: string;
  args: string[];
  zh: string | RegExp;
  en: string | RegExp;
  /** commander's errors end with the hint to --help */
  hint?: true;
  /** the language from LANG, not --lang (an option missing its value would take `--lang` as the value) */
  byEnv?: true;
}

const CASES: Case[] = [
  // each command's own usage errors (UsageError, from the folder tables)
  { name: 'validate: a path that does not exist', args: ['validate', 'nope.yaml'], zh: 'storepolicy: nope.yaml：文件或目录不存在', en: 'storepolicy: nope.yaml: no such file or directory' },
  {
    name: 'check promotion: --store that is no folder',
    args: ['check', 'promotion', DRESSES, '--store', 'nope'],
    zh: 'storepolicy: --store nope：目录不存在；请指向店铺的策略目录（policies/<店铺>）',
    en: "storepolicy: --store nope: no such directory; point it at the store's policy folder (policies/<store>)",
  },
  {
    name: 'check listing: an unknown --encoding',
    args: ['check', 'listing', 'x.csv', '--encoding', 'latin1'],
    zh: 'storepolicy: --encoding latin1：未知编码；可用 utf8、gb18030 或 gbk',
    en: 'storepolicy: --encoding latin1: unknown encoding; use utf8, gb18030 or gbk',
  },
  {
    name: 'explain: a SKU not in the catalogue',
    args: ['explain', DRESSES, '--sku', 'NOPE-1', '--tier', 'svip', '--now', '2026-11-01T09:00:00+08:00'],
    zh: 'storepolicy: SKU NOPE-1 不在 policies/demo-apparel/catalog.csv 中',
    en: 'storepolicy: SKU NOPE-1 is not in policies/demo-apparel/catalog.csv',
  },
  {
    name: 'explain: a tier the store does not have (the engine says why it cannot price)',
    args: ['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'platinum', '--now', '2026-11-01T09:00:00+08:00'],
    zh: 'storepolicy: 会员等级 "platinum" 未定义（已有：regular, silver, gold, svip）',
    en: 'storepolicy: tier "platinum" is not defined (known: regular, silver, gold, svip)',
  },
  {
    name: 'test: a --filter no case matches',
    args: ['test', '--filter', 'zzz-no-such-case'],
    zh: 'storepolicy: --filter zzz-no-such-case：没有测试用例名称包含这段文字',
    en: 'storepolicy: --filter zzz-no-such-case: no test case name contains this text',
  },
  {
    name: 'diff: a --base that names no revision',
    args: ['diff', '--base', 'no-such-branch'],
    zh: 'storepolicy: --base no-such-branch：没有这个版本（请先拉取，例如 `git fetch origin no-such-branch`）',
    en: 'storepolicy: --base no-such-branch: no such revision (fetch it first, e.g. `git fetch origin no-such-branch`)',
  },
  {
    name: 'init: a store id that is not one',
    args: ['init', 'Bad_Shop'],
    zh: /^storepolicy: "Bad_Shop" 不是有效的店铺标识：只能用小写字母/,
    en: /^storepolicy: "Bad_Shop" is not a valid store id: use lower-case letters/,
  },
  { name: 'rules: an unknown rule', args: ['rules', 'nope/nothing'], zh: 'storepolicy: 未知规则 "nope/nothing"；运行 `storepolicy rules` 查看规则列表', en: 'storepolicy: unknown rule "nope/nothing"; run `storepolicy rules` for the list' },
  { name: 'lsp: a --socket that is no port', args: ['lsp', '--socket', 'abc'], zh: 'storepolicy: --socket abc：应为 TCP 端口号', en: 'storepolicy: --socket abc: expected a TCP port number' },
  {
    name: 'serve: a --host off loopback without --token',
    args: ['serve', '--host', '0.0.0.0'],
    zh: /^storepolicy: --host 0\.0\.0\.0 可被其他机器访问：请加 --token <密钥>/,
    en: /^storepolicy: --host 0\.0\.0\.0 is reachable from other machines: pass --token <secret>/,
  },
  { name: 'a --now without an offset', args: ['check', 'promotion', DRESSES, '--now', '2026-11-01'], zh: /^storepolicy: --now 2026-11-01：应为带时区偏移的 ISO 时间/, en: /^storepolicy: --now 2026-11-01: expected an ISO time with offset/ },
  // commander's errors, said again from their code
  { name: 'unknown option', args: ['check', 'promotion', '--bogus'], zh: "错误：未知选项 '--bogus'", en: "error: unknown option '--bogus'", hint: true },
  { name: 'unknown option with a suggestion', args: ['validate', '--fial-on', 'error'], zh: "错误：未知选项 '--fial-on'\n（是否想输入 --fail-on？）", en: "error: unknown option '--fial-on'\n(Did you mean --fail-on?)", hint: true },
  { name: 'unknown command with a suggestion', args: ['valdate'], zh: "错误：未知命令 'valdate'\n（是否想输入 validate？）", en: "error: unknown command 'valdate'\n(Did you mean validate?)", hint: true },
  { name: 'missing argument', args: ['check', 'promotion'], zh: "错误：缺少必需的参数 'files'", en: "error: missing required argument 'files'", hint: true },
  { name: 'option without its value', args: ['check', 'promotion', DRESSES, '--store'], zh: "错误：选项 '--store <dir>' 缺少取值", en: "error: option '--store <dir>' argument missing", hint: true, byEnv: true },
  {
    name: 'invalid choice',
    args: ['validate', '--format', 'yaml'],
    zh: "错误：选项 '-f, --format <format>' 的取值 'yaml' 无效。可选值：pretty、json、github、sarif、junit、markdown。",
    en: "error: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are pretty, json, github, sarif, junit, markdown.",
    hint: true,
  },
  { name: 'excess arguments', args: ['rules', 'a', 'b'], zh: "错误：'rules' 的参数过多：应为 1 个，实际为 2 个。", en: "error: too many arguments for 'rules'. Expected 1 argument but got 2.", hint: true },
  { name: 'missing mandatory option', args: ['explain', DRESSES], zh: "错误：必须指定选项 '--sku <sku>'", en: "error: required option '--sku <sku>' not specified", hint: true },
];

function expectText(actual: string, expected: string | RegExp): void {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

describe('usage errors in the language asked for', () => {
  for (const c of CASES) {
    it(`${c.name}: Chinese under --lang zh, English under en, exit 2`, async () => {
      const zh = c.byEnv ? await runInProcess(c.args, { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } }) : await runInProcess([...c.args, '--lang', 'zh'], { cwd: ROOT });
      expect(zh.code, zh.stderr).toBe(2);
      expect(zh.stdout).toBe('');
      const zhLines = zh.stderr.replace(/\n$/, '').split('\n');
      if (c.hint) expect(zhLines.pop()).toBe('（加 --help 运行可查看用法）');
      expectText(zhLines.join('\n'), c.zh);
      expect(zhLines.join('\n')).toMatch(CJK);

      const en = c.byEnv ? await runInProcess(c.args, { cwd: ROOT }) : await runInProcess([...c.args, '--lang', 'en'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
      expect(en.code, en.stderr).toBe(2);
      const enLines = en.stderr.replace(/\n$/, '').split('\n');
      if (c.hint) expect(enLines.pop()).toBe('(run with --help for usage)');
      expectText(enLines.join('\n'), c.en);
      expect(enLines.join('\n')).not.toMatch(CJK);
    });
  }

  it('LANG=zh_CN picks Chinese without --lang; --lang before the command counts as after it', async () => {
    const byEnv = await runInProcess(['validate', 'nope.yaml'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
    expect(byEnv.stderr).toBe('storepolicy: nope.yaml：文件或目录不存在\n');
    const before = await runInProcess(['--lang', 'zh', 'check', 'promotion', '--bogus'], { cwd: ROOT });
    expect(before.stderr).toBe("错误：未知选项 '--bogus'\n（加 --help 运行可查看用法）\n");
    // an error before commander reached --lang (the unknown option comes first) is still in the language asked for
    const after = await runInProcess(['validate', '--bogus', '--lang=zh'], { cwd: ROOT });
    expect(after.stderr).toBe("错误：未知选项 '--bogus'\n（加 --help 运行可查看用法）\n");
  });

  it('a --lang after `--` is an argument, not the language', async () => {
    const result = await runInProcess(['validate', '--', '--lang', 'zh'], { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: --lang: no such file or directory\n');
  });
});

/**
 * commander writes its errors in English only; failure.ts reads the code and
 * the names back from commander's message formats. A commander release that
 * changes a format must fail here, not fall back to English unnoticed.
 */
describe("commander's error formats are the ones failure.ts reads", () => {
  const errorOf = (build: (program: Command) => void, argv: string[]): CommanderError => {
    const program = new Command('p').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {}, outputError: () => {} });
    build(program);
    try {
      program.parse(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) return error;
      throw error;
    }
    throw new Error('commander raised no error');
  };
  const said = (error: CommanderError) => commanderMessage(error)?.map((m) => `${m.id} ${m.render('zh')}`);

  it('conflicting options (no command of ours declares one yet)', () => {
    const error = errorOf((p) => p.addOption(new Option('--json').conflicts('csv')).option('--csv'), ['--json', '--csv']);
    expect(error.code).toBe('commander.conflictingOption');
    expect(said(error)).toEqual(["cli.conflictingOption 错误：选项 '--json' 不能与选项 '--csv' 同时使用"]);
  });

  it('an argument outside its choices, and an unknown option with several suggestions', () => {
    const choice = errorOf((p) => p.addArgument(new Argument('<size>').choices(['s', 'm'])), ['xl']);
    expect(said(choice)).toEqual(["cli.invalidArgumentChoice 错误：参数 'size' 的取值 'xl' 无效。可选值：s、m。"]);
    const unknown = errorOf((p) => p.option('--abd').option('--abe'), ['--abc']);
    expect(said(unknown)).toEqual(["cli.unknownOption 错误：未知选项 '--abc'", 'cli.didYouMean （是否想输入 --abd、--abe？）']);
    expect(commanderMessage(unknown)?.map((m) => m.render('en'))).toEqual(["error: unknown option '--abc'", '(Did you mean one of --abd, --abe?)']);
  });

  it('every kind the CLI can raise is recognised', () => {
    const kinds: [string, (p: Command) => void, string[]][] = [
      ['commander.unknownOption', (p) => p.option('--a'), ['--b']],
      ['commander.unknownCommand', (p) => p.command('run').action(() => {}), ['walk']],
      ['commander.missingArgument', (p) => p.argument('<file>'), []],
      ['commander.optionMissingArgument', (p) => p.option('--store <dir>'), ['--store']],
      ['commander.missingMandatoryOptionValue', (p) => p.requiredOption('--sku <sku>'), []],
      ['commander.excessArguments', (p) => p.argument('[one]').allowExcessArguments(false), ['a', 'b']],
      ['commander.invalidArgument', (p) => p.addOption(new Option('--f <f>').choices(['a'])), ['--f', 'b']],
    ];
    for (const [code, build, argv] of kinds) {
      const error = errorOf(build, argv);
      expect(error.code).toBe(code);
      expect(commanderMessage(error), `${code}: ${error.message}`).toBeDefined();
    }
  });
});
