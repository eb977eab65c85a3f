// Declares the commands (cheap) and runs one. Each command's work lives in a
// module loaded only when that command runs, so `--help` stays fast.
import { Command, CommanderError } from 'commander';
import { EXIT } from './exit.js';
import { defineCheck } from './commands/check.define.js';
import { defineDiff } from './commands/diff.define.js';
import { defineExplain } from './commands/explain.define.js';
import { defineInit } from './commands/init.define.js';
import { defineLsp } from './commands/lsp.define.js';
import { defineRules } from './commands/rules.define.js';
import { defineServe } from './commands/serve.define.js';
import { defineTest } from './commands/test.define.js';
import { defineValidate } from './commands/validate.define.js';
import { settleOutput, writeStderr, writeStdout } from './io/output.js';
import { newRun, runtime, withRun, type Runtime } from './io/runtime.js';
import type { Lang } from '@storepolicy/schema/core';
import { localizeHelp } from './help.js';
import { messageLang } from './run-lang.js';

const DESCRIPTION = {
  en: 'Check store policies, promotions and listings against the rules and the law.',
  zh: '对照规则和法律检查店铺策略、促销和商品信息。',
} satisfies Record<Lang, string>;

/** The commands, their help written in `lang`. */
export function buildProgram(lang: Lang = 'en'): Command {
  const program = new Command('storepolicy')
    .description(DESCRIPTION[lang])
    .exitOverride()
    // set before the commands are added: subcommands copy it when created. commander's
    // own error lines are English only: they are silenced here and said again in the
    // run's language, with the hint to --help, by failure.ts.
    .configureOutput({ writeOut: (text) => writeStdout(text), writeErr: (text) => writeStderr(text), outputError: () => {} });
  localizeHelp(program, lang, '0.1.0');
  defineValidate(program, lang);
  defineCheck(program, lang);
  defineExplain(program, lang);
  defineTest(program, lang);
  defineDiff(program, lang);
  defineInit(program, lang);
  defineRules(program, lang);
  defineLsp(program, lang);
  defineServe(program, lang);
  return program;
}

/**
 * Run the CLI once. `io` replaces the process's streams and environment
 * (tests run commands in-process this way); the exit code is returned, never
 * set on the process, and nothing is left unwritten when it returns.
 */
export async function main(argv: string[], io: Partial<Runtime> = {}): Promise<number> {
  const run = newRun(io, argv[1], messageLang(argv, io.env ?? process.env));
  return withRun(run, async () => {
    const code = await execute(argv);
    try {
      await settleOutput();
    } catch (error) {
      return (await import('./failure.js')).failure(error, argv);
    }
    return code;
  });
}

/** Options every command takes, also accepted before the command (`storepolicy --lang zh validate`). */
const GLOBAL_FLAGS = new Set(['--debug', '--no-color']);
const GLOBAL_WITH_VALUE = new Set(['--lang']);

/** `args` without the global options in them. */
function withoutGlobals(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_FLAGS.has(arg) || (GLOBAL_WITH_VALUE.has(arg.split('=')[0]!) && arg.includes('='))) continue;
    if (GLOBAL_WITH_VALUE.has(arg) && i + 1 < args.length) i += 1;
    else kept.push(arg);
  }
  return kept;
}

/**
 * Move global options written before the command to its end, where the
 * command's own parser reads them: commander would otherwise take them for
 * options of the program itself ("unknown option"). With no command to take
 * them (`storepolicy --lang zh`, `storepolicy check --lang zh`: `groups` are
 * the commands that only hold subcommands) they are dropped: what follows is
 * the help, already in the run's language (messageLang).
 */
export function hoistGlobalOptions(argv: readonly string[], groups: ReadonlySet<string> = new Set()): string[] {
  const head = argv.slice(0, 2);
  const rest = argv.slice(2);
  const remaining = withoutGlobals(rest);
  if (remaining.length < rest.length && (remaining.length === 0 || (remaining.length === 1 && groups.has(remaining[0]!)))) {
    return [...head, ...remaining];
  }
  const moved: string[] = [];
  let i = 0;
  while (i < rest.length) {
    const arg = rest[i]!;
    const name = arg.split('=')[0]!;
    if (GLOBAL_FLAGS.has(arg) || (GLOBAL_WITH_VALUE.has(name) && arg.includes('='))) {
      moved.push(arg);
      i += 1;
    } else if (GLOBAL_WITH_VALUE.has(arg) && i + 1 < rest.length) {
      moved.push(arg, rest[i + 1]!);
      i += 2;
    } else break;
  }
  if (moved.length === 0) return [...argv];
  const tail = rest.slice(i);
  // options after `--` would be read as arguments: keep them before it
  const dashes = tail.indexOf('--');
  return dashes === -1 ? [...head, ...tail, ...moved] : [...head, ...tail.slice(0, dashes), ...moved, ...tail.slice(dashes)];
}

async function execute(argv: string[]): Promise<number> {
  const run = runtime();
  const program = buildProgram(run.lang);
  try {
    const groups = new Set(program.commands.filter((command) => command.commands.length > 0).map((command) => command.name()));
    await program.parseAsync(hoistGlobalOptions(argv, groups));
    // a command that predates setExitCode() may still set process.exitCode
    return run.exitCode ?? (typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are successful exits; help shown because no command was given is a usage error
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return (await import('./failure.js')).commanderFailure(error);
    }
    return (await import('./failure.js')).failure(error, argv);
  }
}
