import { setExitCode } from '../io/runtime.js';
import type { Command } from 'commander';
import { addReportOptions } from '../options.js';

/** `--sku A --sku B` and `--sku A,B` both collect [A, B]. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return [...(previous ?? []), ...items];
}

export function defineCheckPromotion(parent: Command): void {
  addReportOptions(
    parent
      .command('promotion')
      .description('dry-run proposed promotions against the policies and the calendar: prices per SKU and tier, broken rules')
      .argument('<files...>', 'Promotion YAML files (or folders) to check')
      .option('--store <dir>', "the store's policy folder (default: the folder above the proposal with store.yaml, or policies/<metadata.store>)")
      .option('--catalog <file>', 'catalogue CSV or NDJSON (default: <store>/catalog.csv)')
      .option('--history <file>', 'price history CSV (default: price-history.csv next to the catalogue)')
      .option('--now <time>', 'judge lead time and the calendar at this ISO time with offset (default: now)')
      .option('--tier <ids>', 'only these member tiers (repeat or comma-separate)', collectList)
      .option('--sku <skus>', 'only these SKUs (repeat or comma-separate)', collectList)
      .option('--rows <n>', 'price rows shown in pretty and markdown output (json has all)', '50'),
  ).action(async (files: string[], raw: Record<string, unknown>) => {
    const { runCheckPromotion } = await import('./check-promotion.run.js');
    setExitCode(await runCheckPromotion(files, raw));
  });
}
