// `--help` in the run's language (issue 11): every description from the zh
// table, commander's own words in Chinese too, and columns that line up in
// terminal cells. The English sentences checked for are taken from the program
// built in English, so a description added to one table and not the other fails here.
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { messageLang } from '../../src/run-lang.js';
import { buildProgram, hoistGlobalOptions } from '../../src/program.js';
import { plainTextWidth } from '../../src/report/cell-width.js';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CJK = /\p{Script=Han}/u;

/** Every command path below the program: [], ['validate'], ['check'], ['check', 'listing'], … */
function commandPaths(command: Command, path: string[] = []): string[][] {
  return [path, ...command.commands.flatMap((sub) => commandPaths(sub, [...path, sub.name()]))];
}

/** The English text of a command's help: its description, its arguments' and options' (help and version included). */
function englishSentences(command: Command): string[] {
  const help = command.createHelp();
  return [
    command.description(),
    ...command.registeredArguments.map((a) => a.description),
    ...help.visibleOptions(command).map((o) => o.description),
    ...help.visibleCommands(command).map((c) => c.description()),
  ].filter((text) => text !== '');
}

const english = buildProgram('en');
const paths = commandPaths(english);

function commandAt(path: string[]): Command {
  return path.reduce<Command>((command, name) => command.commands.find((c) => c.name() === name)!, english);
}

/** The item lines (term, then description) of a help text, by section, with their continuation lines. */
function itemLines(help: string): string[] {
  return help.split('\n').filter((line) => line.startsWith('  '));
}

/** The terminal column where each item's description starts (commander pads every term to one width). */
function descriptionColumns(help: string): Set<number> {
  const columns = new Set<number>();
  for (const line of itemLines(help)) {
    const item = /^( {2}\S(?:.*?\S)? {2,})\S/u.exec(line);
    const continuation = /^( +)\S/.exec(line);
    const lead = item && !/^ {3,}/.test(line) ? item[1]! : continuation![1]!;
    columns.add(stringWidth(lead));
  }
  return columns;
}

describe('--lang zh <command> --help', () => {
  it.each(paths.map((path) => [path.join(' ') || '(program)', path] as const))('%s: Chinese on stdout, exit 0', async (_name, path) => {
    const result = await runInProcess(['--lang', 'zh', ...path, '--help'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const help = result.stdout;
    expect(help.startsWith(`用法： storepolicy${path.map((p) => ` ${p}`).join('')}`)).toBe(true);
    // wrapping may cut a sentence: compare with the lines joined and the wrap indentation removed
    const flat = help.replace(/\n +/g, ' ');
    for (const sentence of englishSentences(commandAt(path))) expect(flat).not.toContain(sentence);
    for (const word of ['Usage:', 'Arguments:', 'Options:', 'Commands:', 'choices:', 'default:', 'display help', 'output the version', '[options]', '[command]']) {
      expect(help).not.toContain(word);
    }
    // each option and each subcommand says what it does in Chinese
    const items = itemLines(help).filter((line) => /^ {2}\S/.test(line));
    expect(items.length).toBeGreaterThan(0);
    for (const line of items) expect(line, line).toMatch(CJK);
  });

  it.each(paths.map((path) => [path.join(' ') || '(program)', path] as const))('%s: descriptions start at one terminal column, lines fit 80 cells', async (_name, path) => {
    const help = (await runInProcess([...path, '--help', '--lang', 'zh'], { cwd: ROOT })).stdout;
    const columns = descriptionColumns(help);
    expect(columns.size, help).toBe(1);
    // wrapped at 80 cells outside a terminal, `check`'s long subcommand terms included
    for (const line of help.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    // Chinese line breaks: never before closing punctuation, never after opening punctuation
    for (const line of help.split('\n')) {
      expect(line.trimStart(), line).not.toMatch(/^[，。、：；！？）」』】》]/u);
      expect(line, line).not.toMatch(/[（「『【《]$/u);
    }
  });

  it('the help command is in Chinese too (`help validate`)', async () => {
    const result = await runInProcess(['--lang', 'zh', 'help', 'validate'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await runInProcess(['validate', '--help', '--lang', 'zh'], { cwd: ROOT })).stdout);
    const program = await runInProcess(['--help'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
    expect(program.stdout).toMatch(/^ {2}help \[命令\] +显示某个命令的帮助$/m);
    expect(program.stdout).toMatch(/^ {2}-V, --version +显示版本号$/m);
  });

  it('English help fits 80 cells too', async () => {
    for (const path of paths) {
      const help = (await runInProcess([...path, '--help'], { cwd: ROOT })).stdout;
      for (const line of help.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('choices and defaults read as Chinese, values as typed', async () => {
    const help = (await runInProcess(['--lang=zh', 'explain', '--help'], { cwd: ROOT })).stdout;
    expect(help).toMatch(/^ {2}-f, --format <format> +输出格式（可选：pretty、json；默认：pretty）$/m);
    expect(help).toMatch(/^ {2}--sku <sku> +（必填）要计算价格的 SKU$/m);
    expect(help.split('\n')[0]).toBe('用法： storepolicy explain <promotion> --sku <sku> [选项]');
  });
});

describe('the language of the help', () => {
  it('LANG=zh_CN.UTF-8 alone gives Chinese help; --lang en wins over it', async () => {
    const zh = await runInProcess(['validate', '--help'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout.split('\n')[0]).toBe('用法： storepolicy validate [选项] [paths...]');
    const en = await runInProcess(['--lang', 'en', 'validate', '--help'], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout.split('\n')[0]).toBe('Usage: storepolicy validate [options] [paths...]');
    expect(en.stdout).toMatch(/-f, --format <format> +output format \(choices: "pretty", "json", "github",\n {28}"sarif", "junit", "markdown", default: "pretty"\)/);
  });

  it('messageLang: --lang X or --lang=X anywhere before --, the last one winning, else the environment', () => {
    const argv = (...args: string[]) => ['node', 'storepolicy', ...args];
    expect(messageLang(argv('validate', '--lang', 'zh'), {})).toBe('zh');
    expect(messageLang(argv('--lang=zh', 'validate'), {})).toBe('zh');
    expect(messageLang(argv('--lang', 'zh', 'validate', '--lang', 'en'), {})).toBe('en');
    expect(messageLang(argv('validate', '--', '--lang', 'zh'), {})).toBe('en');
    expect(messageLang(argv('validate', '--lang', 'fr'), { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(messageLang(argv('validate'), { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(messageLang(argv('validate'), { LANG: 'en_US.UTF-8' })).toBe('en');
  });
});

describe('no command: help in the run language on stderr, exit 2', () => {
  it.each([[['--lang', 'zh']], [['--lang=zh', 'check']], [['check', '--lang', 'zh']], [['--debug', '--lang', 'zh']]])('storepolicy %j', async (args) => {
    const result = await runInProcess(args, { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^用法： storepolicy/);
    expect(result.stderr).toContain('命令：');
  });

  it('bare storepolicy under LANG=zh_CN.UTF-8', async () => {
    const result = await runInProcess([], { cwd: ROOT, env: { LANG: 'zh_CN.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').slice(0, 3)).toEqual(['用法： storepolicy [选项] [命令]', '', '对照规则和法律检查店铺策略、促销和商品信息。']);
  });

  it('hoistGlobalOptions drops global options that no command would take, and moves the others', () => {
    const head = ['node', 'storepolicy'];
    const groups = new Set(['check']);
    expect(hoistGlobalOptions([...head, '--lang', 'zh'], groups)).toEqual(head);
    expect(hoistGlobalOptions([...head, '--lang', 'zh', 'check', '--no-color'], groups)).toEqual([...head, 'check']);
    expect(hoistGlobalOptions([...head, '--lang', 'zh', 'check', 'listing', 'a.csv'], groups)).toEqual([...head, 'check', 'listing', 'a.csv', '--lang', 'zh']);
    expect(hoistGlobalOptions([...head, '--lang', 'zh', 'validate'], groups)).toEqual([...head, 'validate', '--lang', 'zh']);
    // a value missing is commander's error to give, not dropped
    expect(hoistGlobalOptions([...head, '--lang'], groups)).toEqual([...head, '--lang']);
  });
});

describe('cell widths of help text', () => {
  it('equal string-width on every line of every help, English and Chinese', () => {
    for (const lang of ['en', 'zh'] as const) {
      const program = buildProgram(lang);
      for (const path of commandPaths(program)) {
        const command = path.reduce<Command>((c, name) => c.commands.find((s) => s.name() === name)!, program);
        for (const line of command.helpInformation().split('\n')) expect(plainTextWidth(line), line).toBe(stringWidth(line));
      }
    }
  });
});
