// Declares the commands (cheap) and runs one. Each command's work lives in a
// module loaded only when that command runs, so `--help` stays fast.
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError } from './exit.js';
import { defineCheck } from './commands/check.define.js';
import { defineDiff } from './commands/diff.define.js';
import { defineExplain } from './commands/explain.define.js';
import { defineInit } from './commands/init.define.js';
import { defineRules } from './commands/rules.define.js';
import { defineTest } from './commands/test.define.js';
import { defineValidate } from './commands/validate.define.js';

export function buildProgram(): Command {
  const program = new Command('storepolicy')
    .description('Check store policies, promotions and listings against the rules and the law.')
    .version('0.1.0', '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  defineValidate(program);
  defineCheck(program);
  defineExplain(program);
  defineTest(program);
  defineDiff(program);
  defineInit(program);
  defineRules(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version "errors" are successful exits
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`storepolicy: ${error.message}\n`);
      if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `storepolicy: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        'This is a bug in storepolicy; please report it with the command you ran' +
        (debug ? '.\n' : ' (add --debug for details).\n'),
    );
    if (debug && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

