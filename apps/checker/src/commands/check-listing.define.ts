import { setExitCode } from '../io/runtime.js';
import type { Command } from 'commander';
import { addReportOptions, FORMATS } from '../options.js';

export function defineCheckListing(parent: Command): void {
  addReportOptions(
    parent
      .command('listing')
      .alias('listings')
      .description(
        'check product listings against the compliance policy, packing standard and after-sales policy: ' +
          'Listing YAML files, a catalogue export (CSV, UTF-8 or GB18030/GBK) or NDJSON; "-" reads NDJSON on stdin',
      )
      .argument('<files...>', 'Listing YAML files or folders, .csv, .ndjson/.jsonl files, or - for NDJSON on stdin')
      .option('--store <dir>', "the store's policy folder (default: the folder above the input that holds store.yaml)")
      .option('--encoding <name>', 'encoding of CSV/NDJSON input: utf8, gb18030 or gbk', 'utf8')
      .option('--map <file>', 'YAML/JSON mapping of CSV column names to listing fields (宝贝名称: title)')
      .option('--columns <pairs>', 'column mappings inline: "宝贝名称=title,商家编码=sku"')
      .option('--jobs <n>', 'checker threads (0: check on the main thread; default: all cores for large inputs)')
      .option('--now <time>', "judge the store's waivers (expiry) at this ISO time")
      .option('--waiver-max-days <days>', 'longest exception a Waiver may grant, in days from now (default 90)')
      .option('--summary', 'print the per-rule summary only, not each finding (ndjson: summary on stderr)')
      .option('--baseline <file>', 'report only findings not in this baseline; known ones are counted apart, like waived ones')
      .option('--write-baseline <file>', "write the run's findings (SKU, rule, field, normalised text) as a baseline, then report as usual")
      .option('--strict-columns', 'a CSV column that maps to no listing field is an error, not a warning (listing/unchecked-column)'),
    [...FORMATS, 'ndjson'],
  ).action(async (files: string[], raw: Record<string, unknown>) => {
    const { runCheckListing } = await import('./check-listing.run.js');
    setExitCode(await runCheckListing(files, raw));
  });
}
