// `--help` in the run's language. The command definitions hold their own
// descriptions per language (commands/*.define.ts); this module puts commander's
// own words (headings, "(choices: …, default: …)", the help and version
// options, the help command) into that language through commander's supported
// hooks, and measures columns in terminal cells so Chinese help lines up.
// Loaded for every `--help`: it imports commander and get-east-asian-width only.
import type { Lang } from '@storepolicy/schema/core';
import type { Argument, Command, Help, Option } from 'commander';
import { plainTextWidth } from './report/cell-width.js';

const en = {
  /** commander's headings, as it passes them to styleTitle() */
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
  help: 'display help for command',
  helpCommand: 'display help for command',
  version: 'output the version number',
  // commander's own wording, kept so English help reads as it always did
  value: (value: unknown): string => JSON.stringify(value),
  choices: (values: string[]): string => `choices: ${values.join(', ')}`,
  default: (value: string): string => `default: ${value}`,
  preset: (value: string): string => `preset: ${value}`,
  env: (name: string): string => `env: ${name}`,
  extra: (parts: string[]): string => `(${parts.join(', ')})`,
  /** How the "(…)" follows the description. */
  after: (description: string, extra: string): string => (description ? `${description} ${extra}` : extra),
  /** commander's placeholders in a usage line or a subcommand's term (`[options]`, `[command]`) */
  usage: (line: string): string => line,
};

const zh: typeof en = {
  titles: { 'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：', 'Commands:': '命令：', 'Global Options:': '全局选项：' },
  help: '显示本命令的帮助',
  helpCommand: '显示某个命令的帮助',
  version: '显示版本号',
  // values as typed on the command line: quotes around them would read as part of the value
  value: (value: unknown): string => (Array.isArray(value) ? value.join(' ') : String(value)),
  choices: (values: string[]): string => `可选：${values.join('、')}`,
  default: (value: string): string => `默认：${value}`,
  preset: (value: string): string => `预设：${value}`,
  env: (name: string): string => `环境变量：${name}`,
  extra: (parts: string[]): string => `（${parts.join('；')}）`,
  after: (description: string, extra: string): string => description + extra,
  // argument names (<files...>) stay: the 参数 section lists them by those names
  usage: (line: string): string => line.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]'),
};

const TEXT = { en, zh };

// ESC [ … m: the colour codes commander strips before measuring
const SGR = /\x1b\[\d*(;\d*)*m/g;

// Chinese has no spaces to wrap at: a line may also break between two CJK
// characters, after closing punctuation (，、：）…) and before opening
// punctuation (（「…), never the other way round (the usual kinsoku rule). Text written in Latin letters
// (flags, file names, a quoted example) is still broken at spaces only.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’…]/u;
const OPEN = new Set('（「『【《〈“‘');
const CLOSE = new Set('，。、：；！？）」』】》〉”’…');
const WORDS = /\s*\S+/g;

/** A line's chunks (commander's: spaces, then a word), cut again where Chinese text may break. */
function chunksOf(line: string, cjk: boolean): string[] | null {
  const words = line.match(WORDS);
  if (words === null || !cjk) return words;
  const chunks: string[] = [];
  for (const word of words) {
    const chars = [...word];
    let start = 0;
    for (let i = 1; i < chars.length; i++) {
      const before = chars[i - 1]!;
      const after = chars[i]!;
      if (OPEN.has(before) || CLOSE.has(after)) continue;
      // between two CJK characters, after a closing mark (`可选：pretty、json`), before an opening one
      if ((CJK.test(before) && CJK.test(after)) || CLOSE.has(before) || OPEN.has(after)) {
        chunks.push(chars.slice(start, i).join(''));
        start = i;
      }
    }
    chunks.push(chars.slice(start).join(''));
  }
  return chunks;
}

/**
 * Help hooks for `lang` (commander's configureHelp): the words, and widths in
 * terminal cells (East Asian Width) for the term column and for wrapping,
 * where commander counts UTF-16 code units and a Chinese character takes two cells.
 */
function helpHooks(lang: Lang): Partial<Help> {
  const t = TEXT[lang];
  const describe = (description: string, parts: string[]) => (parts.length > 0 ? t.after(description, t.extra(parts)) : description);
  return {
    // commander leaves a description unwrapped when fewer than 40 cells remain beside the terms;
    // `check` lists `listing|listings [options] <files...>` (39 cells), whose text then ran to 200 cells
    minWidthToWrap: 30,
    // commander strips its colour codes (SGR) before measuring, so do we
    displayWidth: (text: string) => plainTextWidth(text.replace(SGR, '')),
    styleTitle: (title: string) => (t.titles as Record<string, string>)[title] ?? title,
    // Help's own methods, on the prototype of the Help these hooks are assigned to
    commandUsage(this: Help, command: Command): string {
      return t.usage(Object.getPrototypeOf(this).commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command): string {
      return t.usage(Object.getPrototypeOf(this).subcommandTerm.call(this, command));
    },
    optionDescription(option: Option): string {
      // the extras commander adds, in its order and on its conditions (Help.optionDescription)
      const parts: string[] = [];
      if (option.argChoices) parts.push(t.choices(option.argChoices.map(t.value)));
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) parts.push(t.default(option.defaultValueDescription || t.value(option.defaultValue)));
      if (option.presetArg !== undefined && option.optional) parts.push(t.preset(t.value(option.presetArg)));
      if (option.envVar !== undefined) parts.push(t.env(option.envVar));
      return describe(option.description, parts);
    },
    argumentDescription(argument: Argument): string {
      const parts: string[] = [];
      if (argument.argChoices) parts.push(t.choices(argument.argChoices.map(t.value)));
      if (argument.defaultValue !== undefined) parts.push(t.default(argument.defaultValueDescription || t.value(argument.defaultValue)));
      return describe(argument.description, parts);
    },
    boxWrap(this: Help, text: string, width: number): string {
      // commander's Help.boxWrap, with CJK-aware chunks in Chinese
      if (width < this.minWidthToWrap) return text;
      const lines: string[] = [];
      for (const line of text.split(/\r\n|\n/)) {
        const chunks = chunksOf(line, lang === 'zh');
        if (chunks === null) {
          lines.push('');
          continue;
        }
        let current = chunks[0]!;
        let currentWidth = this.displayWidth(current);
        for (const chunk of chunks.slice(1)) {
          const chunkWidth = this.displayWidth(chunk);
          if (currentWidth + chunkWidth <= width) {
            current += chunk;
            currentWidth += chunkWidth;
            continue;
          }
          lines.push(current);
          current = chunk.trimStart(); // no space at the start of a line
          currentWidth = this.displayWidth(current);
        }
        lines.push(current);
      }
      return lines.join('\n');
    },
  };
}

/**
 * Put `program`'s help in `lang`. Call before adding subcommands: they copy
 * the help configuration, the help option and the help command when created.
 */
export function localizeHelp(program: Command, lang: Lang, version: string): Command {
  const t = TEXT[lang];
  return program
    .configureHelp(helpHooks(lang))
    .helpOption('-h, --help', t.help)
    .helpCommand(t.usage('help [command]'), t.helpCommand)
    .version(version, '-V, --version', t.version);
}
