import { setExitCode } from '../io/runtime.js';
import { Option, type Command } from 'commander';

export function defineDiff(program: Command): void {
  program
    .command('diff')
    .description('semantic change of the policies between two git revisions: what tightens, what loosens, and why')
    .argument('[paths...]', 'policy files or folders to compare', ['policies'])
    .option('--base <ref>', 'the revision before the change (default: origin/main when it exists, else HEAD)')
    .option('--head <ref>', 'the revision after the change (default: the working tree, uncommitted edits included)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'markdown', 'json']).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'message language (default from LANG)').choices(['en', 'zh']))
    .option('--fail-on-loosen', 'exit 1 when any change loosens a policy')
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces for internal errors')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runDiff } = await import('./diff.run.js');
      setExitCode(await runDiff(paths, raw));
    });
}
