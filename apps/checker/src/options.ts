// Option declarations only: this module is loaded for `--help`, so it imports
// nothing but commander. Parsing (zod) lives in parse-options.ts, loaded by actions.
import { Option, type Command } from 'commander';
import { FORMATS } from './formats.js';

export { FORMATS, type Format } from './formats.js';

/** Options every reporting command shares; declared once so they read the same everywhere. */
export function addReportOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
        .choices(['error', 'warning', 'info', 'never'])
        .default('error'),
    )
    .addOption(new Option('--lang <lang>', 'message language (default from LANG)').choices(['en', 'zh']))
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces for internal errors');
}
