import { setExitCode } from '../io/runtime.js';
import { Option, type Command } from 'commander';

export function defineExplain(parent: Command): void {
  parent
    .command('explain')
    .description('print the step-by-step trace of one price: single unit and worst stacked case')
    .argument('<promotion>', 'the Promotion YAML file whose price to explain')
    // commander lists required options among the optional ones: the usage line and the text say it
    .usage('<promotion> --sku <sku> [options]')
    .requiredOption('--sku <sku>', '(required) the SKU to price')
    .option('--tier <id>', 'the member tier (default: every tier)')
    .option('--promotion <id>', 'which proposal of a multi-document file (default: the one that prices the SKU)')
    .option('--store <dir>', "the store's policy folder (default: inferred as for check promotion)")
    .option('--catalog <file>', 'catalogue CSV or NDJSON (default: <store>/catalog.csv)')
    .option('--history <file>', 'price history CSV (default: price-history.csv next to the catalogue)')
    .option('--now <time>', 'judge the calendar at this ISO time with offset (default: now)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
    .addOption(new Option('--lang <lang>', 'message language (default from LANG)').choices(['en', 'zh']))
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces for internal errors')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { runExplain } = await import('./explain.run.js');
      setExitCode(await runExplain(file, raw));
    });
}
