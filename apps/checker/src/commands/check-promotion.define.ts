import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { addReportOptions } from '../options.js';

/** `--sku A --sku B` and `--sku A,B` both collect [A, B]. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return [...(previous ?? []), ...items];
}

const en = {
  description: 'dry-run proposed promotions against the policies and the calendar: prices per SKU and tier, broken rules',
  files: 'Promotion YAML files (or folders) to check',
  store: "the store's policy folder (default: the folder above the proposal with store.yaml, or policies/<metadata.store>)",
  catalog: 'catalogue CSV or NDJSON (default: <store>/catalog.csv)',
  history: 'price history CSV (default: price-history.csv next to the catalogue)',
  now: 'judge lead time and the calendar at this ISO time with offset (default: now)',
  tier: 'only these member tiers (repeat or comma-separate)',
  sku: 'only these SKUs (repeat or comma-separate)',
  rows: 'price rows shown in pretty and markdown output (json has all)',
  waiverMaxDays: 'longest exception a Waiver may grant, in days from now (default 90)',
};

const zh: typeof en = {
  description: '按策略和促销日历试算拟议的促销：每个 SKU 和会员等级的价格，以及违反的规则',
  files: '要检查的促销（Promotion）YAML 文件或目录',
  store: '店铺的策略目录（默认：促销文件上方含 store.yaml 的目录，或 policies/<metadata.store>）',
  catalog: '商品目录 CSV 或 NDJSON（默认：<store>/catalog.csv）',
  history: '历史价格 CSV（默认：商品目录旁的 price-history.csv）',
  now: '按此带时区偏移的 ISO 时间判断提前量和促销日历（默认：现在）',
  tier: '只看这些会员等级（可重复，或用逗号分隔）',
  sku: '只看这些 SKU（可重复，或用逗号分隔）',
  rows: 'pretty 和 markdown 输出显示的价格行数（json 输出全部）',
  waiverMaxDays: '豁免（Waiver）最长可给的期限，从现在起算的天数（默认 90）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineCheckPromotion(parent: Command, lang: Lang): void {
  const t = TEXT[lang];
  addReportOptions(
    parent
      .command('promotion')
      .description(t.description)
      .argument('<files...>', t.files)
      .option('--store <dir>', t.store)
      .option('--catalog <file>', t.catalog)
      .option('--history <file>', t.history)
      .option('--now <time>', t.now)
      .option('--tier <ids>', t.tier, collectList)
      .option('--sku <skus>', t.sku, collectList)
      .option('--rows <n>', t.rows, '50')
      .option('--waiver-max-days <days>', t.waiverMaxDays),
    lang,
  ).action(async (files: string[], raw: Record<string, unknown>) => {
    const { runCheckPromotion } = await import('./check-promotion.run.js');
    setExitCode(await runCheckPromotion(files, raw));
  });
}
