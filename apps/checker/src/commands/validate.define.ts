import { setExitCode } from '../io/runtime.js';
import type { Command } from 'commander';
import { addReportOptions } from '../options.js';

export function defineValidate(program: Command): void {
  addReportOptions(
    program
      .command('validate')
      .description('validate policy YAML: syntax, schema, rules and cross-document references')
      .argument('[paths...]', 'files or directories to check (default: the repository\'s policies/)')
      .option('--now <time>', 'judge time-dependent rules (waiver expiry) at this ISO time')
      .option('--max-file-size <bytes>', 'refuse policy files larger than this', String(4 * 1024 * 1024))
      .option('--waiver-max-days <days>', 'longest exception a Waiver may grant, in days from now (default 90)'),
  ).action(async (paths: string[], raw: Record<string, unknown>) => {
    const { runValidate } = await import('./validate.run.js');
    setExitCode(await runValidate(paths, raw));
  });
}
