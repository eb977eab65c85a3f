import { setExitCode } from '../io/runtime.js';
import { Option, type Command } from 'commander';

export function defineRules(program: Command): void {
  program
    .command('rules')
    .description("list every rule with its severity and summary, or print one rule's doc page")
    .argument('[code]', 'a rule code such as tiers/threshold-order')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'markdown']).default('pretty'))
    .addOption(new Option('--lang <lang>', 'summary language (default from LANG)').choices(['en', 'zh']))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--no-color', 'never colour the output')
    .action(async (code: string | undefined, raw: Record<string, unknown>) => {
      const { runRules } = await import('./rules.run.js');
      setExitCode(await runRules(code, raw));
    });
}
