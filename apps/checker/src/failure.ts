// How a run that failed says so: one line in the run's language and an exit
// code. Loaded only when something failed, so `--help` never parses the tables.
import { CommanderError } from 'commander';
import { EXIT, UsageError } from './exit.js';
import type { Message } from './i18n.js';
import { ClosedPipe, writeStderr } from './io/output.js';
import { runtime } from './io/runtime.js';
import { cliMessages as m } from './messages.js';

/** Print why the run failed; returns its exit code. */
export function failure(error: unknown, argv: readonly string[]): number {
  // the reader of stdout went away (`| head`): what it wanted was written
  if (error instanceof ClosedPipe) return EXIT.ok;
  const debug = argv.includes('--debug');
  const { lang } = runtime();
  if (error instanceof UsageError) {
    writeStderr(`storepolicy: ${error.render(lang)}\n`);
    if (debug) writeStderr(`${error.stack ?? ''}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  writeStderr(`storepolicy: ${m.internal({ detail, debug }).render(lang)}\n`);
  if (debug && error instanceof Error) writeStderr(`${error.stack ?? ''}\n`);
  return EXIT.internal;
}

/**
 * commander's error said again in the run's language. commander writes its
 * errors in English only; program.ts silences them, and this reads the code
 * and the names back from commander 14's fixed message formats
 * (lib/command.js: unknownOption, missingArgument, _excessArguments...).
 * A message in a format not known here is printed as commander wrote it.
 */
export function commanderFailure(error: CommanderError): number {
  const { lang } = runtime();
  const said = commanderMessage(error);
  const lines = said ? said.map((message) => message.render(lang)) : [error.message];
  writeStderr(`${lines.join('\n')}\n${m.hint().render(lang)}\n`);
  return EXIT.usage;
}

const QUOTED = "'(.*)'";
const FORMATS: Partial<Record<string, RegExp>> = {
  'commander.unknownOption': new RegExp(`^error: unknown option ${QUOTED}$`),
  'commander.unknownCommand': new RegExp(`^error: unknown command ${QUOTED}$`),
  'commander.missingArgument': new RegExp(`^error: missing required argument ${QUOTED}$`),
  'commander.optionMissingArgument': new RegExp(`^error: option ${QUOTED} argument missing$`),
  'commander.missingMandatoryOptionValue': new RegExp(`^error: required option ${QUOTED} not specified$`),
  'commander.conflictingOption': /^error: option '(.*)' cannot be used with option '(.*)'$/,
  'commander.excessArguments': /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
};
const SUGGESTION = /\n\(Did you mean (one of )?(.*)\?\)$/s;
const INVALID_OPTION_CHOICE = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s;
const INVALID_ARGUMENT_CHOICE = /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/s;

/** The messages for commander's error, or undefined when its words are not in a known format. */
export function commanderMessage(error: CommanderError): Message[] | undefined {
  let text = error.message;
  let suggestion: Message | undefined;
  const suggested = SUGGESTION.exec(text);
  if (suggested) {
    text = text.slice(0, suggested.index);
    suggestion = m.didYouMean({ names: suggested[2]!, count: suggested[1] ? 2 : 1 });
  }
  const withSuggestion = (message: Message): Message[] => (suggestion ? [message, suggestion] : [message]);
  if (error.code === 'commander.invalidArgument') {
    const option = INVALID_OPTION_CHOICE.exec(text);
    if (option) return [m.invalidChoice({ flags: option[1]!, value: option[2]!, choices: option[3]! })];
    const argument = INVALID_ARGUMENT_CHOICE.exec(text);
    if (argument) return [m.invalidArgumentChoice({ value: argument[1]!, name: argument[2]!, choices: argument[3]! })];
    return undefined;
  }
  const match = FORMATS[error.code]?.exec(text);
  if (!match) return undefined;
  const [, a = '', b = '', c = ''] = match;
  switch (error.code) {
    case 'commander.unknownOption':
      return withSuggestion(m.unknownOption({ flag: a }));
    case 'commander.unknownCommand':
      return withSuggestion(m.unknownCommand({ name: a }));
    case 'commander.missingArgument':
      return [m.missingArgument({ name: a })];
    case 'commander.optionMissingArgument':
      return [m.optionMissingArgument({ flags: a })];
    case 'commander.missingMandatoryOptionValue':
      return [m.missingMandatoryOption({ flags: a })];
    case 'commander.conflictingOption':
      return [m.conflictingOption({ option: a, other: b })];
    case 'commander.excessArguments':
      return [m.excessArguments({ command: a, expected: Number(b), got: Number(c) })];
    default:
      return undefined;
  }
}
