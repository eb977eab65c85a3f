import { setExitCode } from '../io/runtime.js';
import { Option, type Command } from 'commander';
import { TEST_FORMATS } from '../formats.js';

export function defineTest(parent: Command): void {
  parent
    .command('test')
    .description("run the stores' PolicyTest cases (tests/*.yaml): pass/fail per case, and the rules no test exercises")
    .argument('[paths...]', 'files or directories holding the policies and their tests (default: the repository\'s policies/)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(TEST_FORMATS).default('pretty'))
    .option('-o, --output <file>', 'write the results to a file instead of stdout')
    .option('--filter <text>', 'run only the cases whose name contains this text')
    .option('--now <time>', 'judge cases without their own `now` at this ISO time')
    .option('--waiver-max-days <days>', 'longest exception a Waiver input may grant (default 90)')
    .addOption(new Option('--lang <lang>', 'message language (default from LANG)').choices(['en', 'zh']))
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces for internal errors')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runTest } = await import('./test.run.js');
      setExitCode(await runTest(paths, raw));
    });
}
