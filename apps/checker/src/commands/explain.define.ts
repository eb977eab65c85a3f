import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { formatOption, langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: 'print the step-by-step trace of one price: single unit and worst stacked case',
  promotion: 'the Promotion YAML file whose price to explain',
  sku: '(required) the SKU to price',
  tier: 'the member tier (default: every tier)',
  promotionId: 'which proposal of a multi-document file (default: the one that prices the SKU)',
  store: "the store's policy folder (default: inferred as for check promotion)",
  catalog: 'catalogue CSV or NDJSON (default: <store>/catalog.csv)',
  history: 'price history CSV (default: price-history.csv next to the catalogue)',
  now: 'judge the calendar at this ISO time with offset (default: now)',
};

const zh: typeof en = {
  description: '逐步打印一个价格的计算过程：单件价和最坏叠加情况',
  promotion: '要解释其价格的促销（Promotion）YAML 文件',
  sku: '（必填）要计算价格的 SKU',
  tier: '会员等级（默认：每个等级）',
  promotionId: '多文档文件中的哪一个促销（默认：给该 SKU 定价的那个）',
  store: '店铺的策略目录（默认：与 check promotion 相同的推断方式）',
  catalog: '商品目录 CSV 或 NDJSON（默认：<store>/catalog.csv）',
  history: '历史价格 CSV（默认：商品目录旁的 price-history.csv）',
  now: '按此带时区偏移的 ISO 时间判断促销日历（默认：现在）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineExplain(parent: Command, lang: Lang): void {
  const t = TEXT[lang];
  const shared = SHARED_TEXT[lang];
  parent
    .command('explain')
    .description(t.description)
    .argument('<promotion>', t.promotion)
    // commander lists required options among the optional ones: the usage line and the text say it
    .usage('<promotion> --sku <sku> [options]')
    .requiredOption('--sku <sku>', t.sku)
    .option('--tier <id>', t.tier)
    .option('--promotion <id>', t.promotionId)
    .option('--store <dir>', t.store)
    .option('--catalog <file>', t.catalog)
    .option('--history <file>', t.history)
    .option('--now <time>', t.now)
    .addOption(formatOption(lang, ['pretty', 'json']))
    .addOption(langOption(lang))
    .option('--no-color', shared.noColor)
    .option('--debug', shared.debug)
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { runExplain } = await import('./explain.run.js');
      setExitCode(await runExplain(file, raw));
    });
}
