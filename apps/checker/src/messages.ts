// What the CLI says about its own command line, in both languages: commander's
// errors (said again from their code and names, see failure.ts), the hint after
// them, option values zod refused, and the last-resort internal error line.
import { pluralForm } from '@storepolicy/schema/core';
import { defineMessages } from './i18n.js';

const en = {
  hint: () => '(run with --help for usage)',
  unknownOption: (p: { flag: string }) => `error: unknown option '${p.flag}'`,
  unknownCommand: (p: { name: string }) => `error: unknown command '${p.name}'`,
  /** commander's suggestion line, after an unknown option or command */
  didYouMean: (p: { names: string; count: number }) => (p.count > 1 ? `(Did you mean one of ${p.names}?)` : `(Did you mean ${p.names}?)`),
  missingArgument: (p: { name: string }) => `error: missing required argument '${p.name}'`,
  optionMissingArgument: (p: { flags: string }) => `error: option '${p.flags}' argument missing`,
  missingMandatoryOption: (p: { flags: string }) => `error: required option '${p.flags}' not specified`,
  conflictingOption: (p: { option: string; other: string }) => `error: option '${p.option}' cannot be used with option '${p.other}'`,
  excessArguments: (p: { command: string; expected: number; got: number }) =>
    `error: too many arguments${p.command ? ` for '${p.command}'` : ''}. Expected ${p.expected} ${pluralForm(p.expected, 'argument', 'arguments')} but got ${p.got}.`,
  invalidChoice: (p: { flags: string; value: string; choices: string }) => `error: option '${p.flags}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}.`,
  invalidArgumentChoice: (p: { name: string; value: string; choices: string }) =>
    `error: command-argument value '${p.value}' is invalid for argument '${p.name}'. Allowed choices are ${p.choices}.`,
  invalidOption: (p: { option: string; detail: string }) => `invalid option ${p.option}: ${p.detail}`,
  invalidValue: (p: { option: string }) => `invalid option ${p.option}`,
  now: (p: { value: string }) => `--now ${p.value}: expected an ISO time with offset, e.g. 2026-11-01T09:00:00+08:00`,
  maxFileSize: (p: { value: string }) => `--max-file-size ${p.value}: expected a positive number of bytes`,
  /** the editor's log line for a bug in one run of the language server */
  internalLog: (p: { detail: string }) => `storepolicy: internal error: ${p.detail}`,
  internal: (p: { detail: string; debug: boolean }) =>
    `internal error: ${p.detail}\nThis is a bug in storepolicy; please report it with the command you ran${p.debug ? '.' : ' (add --debug for details).'}`,
};

const zh: typeof en = {
  hint: () => '（加 --help 运行可查看用法）',
  unknownOption: (p) => `错误：未知选项 '${p.flag}'`,
  unknownCommand: (p) => `错误：未知命令 '${p.name}'`,
  didYouMean: (p) => `（是否想输入 ${p.names.split(', ').join('、')}？）`,
  missingArgument: (p) => `错误：缺少必需的参数 '${p.name}'`,
  optionMissingArgument: (p) => `错误：选项 '${p.flags}' 缺少取值`,
  missingMandatoryOption: (p) => `错误：必须指定选项 '${p.flags}'`,
  conflictingOption: (p) => `错误：选项 '${p.option}' 不能与选项 '${p.other}' 同时使用`,
  excessArguments: (p) => `错误：${p.command ? `'${p.command}' 的` : ''}参数过多：应为 ${p.expected} 个，实际为 ${p.got} 个。`,
  invalidChoice: (p) => `错误：选项 '${p.flags}' 的取值 '${p.value}' 无效。可选值：${p.choices.split(', ').join('、')}。`,
  invalidArgumentChoice: (p) => `错误：参数 '${p.name}' 的取值 '${p.value}' 无效。可选值：${p.choices.split(', ').join('、')}。`,
  invalidOption: (p) => `选项 ${p.option} 无效：${p.detail}`,
  invalidValue: (p) => `选项 ${p.option} 的取值无效`,
  now: (p) => `--now ${p.value}：应为带时区偏移的 ISO 时间，例如 2026-11-01T09:00:00+08:00`,
  maxFileSize: (p) => `--max-file-size ${p.value}：应为正整数（字节数）`,
  internalLog: (p) => `storepolicy：内部错误：${p.detail}`,
  internal: (p) =>
    `内部错误：${p.detail}\n这是 storepolicy 的缺陷，请连同所运行的命令一起报告${p.debug ? '。' : '（加 --debug 可查看详情）。'}`,
};

export const cliMessages = defineMessages('cli', { en, zh });
