// Option declarations only: this module is loaded for `--help`, so it imports
// nothing but commander. Parsing (zod) lives in parse-options.ts, loaded by actions.
import type { Lang } from '@storepolicy/schema/core';
import { Option, type Command } from 'commander';
import { FORMATS } from './formats.js';

export { FORMATS, type Format } from './formats.js';

const en = {
  format: 'output format',
  output: 'write the report to a file instead of stdout',
  failOn: 'exit 1 when a finding is at or above this severity',
  lang: 'message language (default from LANG)',
  noColor: 'never colour the output',
  debug: 'print stack traces for internal errors',
};

const zh: typeof en = {
  format: '输出格式',
  output: '把报告写入文件，而不是标准输出',
  failOn: '有发现达到或高于此严重程度时以退出码 1 结束',
  lang: '消息语言（默认按 LANG 环境变量）',
  noColor: '输出不加颜色',
  debug: '内部错误时打印调用栈',
};

/** The options several commands share, described once per language. */
export const SHARED_TEXT: Record<Lang, typeof en> = { en, zh };

/** `-f, --format` with the command's formats. */
export function formatOption(lang: Lang, formats: readonly string[]): Option {
  return new Option('-f, --format <format>', SHARED_TEXT[lang].format).choices(formats).default('pretty');
}

/** `--lang`, described as `description` where the language is not the messages' (rules: summaries). */
export function langOption(lang: Lang, description = SHARED_TEXT[lang].lang): Option {
  return new Option('--lang <lang>', description).choices(['en', 'zh']);
}

/** Options every reporting command shares; declared once so they read the same everywhere. */
export function addReportOptions(command: Command, lang: Lang, formats: readonly string[] = FORMATS): Command {
  const t = SHARED_TEXT[lang];
  return command
    .addOption(formatOption(lang, formats))
    .option('-o, --output <file>', t.output)
    .addOption(new Option('--fail-on <severity>', t.failOn).choices(['error', 'warning', 'info', 'never']).default('error'))
    .addOption(langOption(lang))
    .option('--no-color', t.noColor)
    .option('--debug', t.debug);
}
