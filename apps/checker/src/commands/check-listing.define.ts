import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { addReportOptions, FORMATS } from '../options.js';

const en = {
  description:
    'check product listings against the compliance policy, packing standard and after-sales policy: ' +
    'Listing YAML files, a catalogue export (CSV, UTF-8 or GB18030/GBK) or NDJSON; "-" reads NDJSON on stdin',
  files: 'Listing YAML files or folders, .csv, .ndjson/.jsonl files, or - for NDJSON on stdin',
  store: "the store's policy folder (default: the folder above the input that holds store.yaml)",
  encoding: 'encoding of CSV/NDJSON input: utf8, gb18030 or gbk',
  map: 'YAML/JSON mapping of CSV column names to listing fields (宝贝名称: title)',
  columns: 'column mappings inline: "宝贝名称=title,商家编码=sku"',
  jobs: 'checker threads (0: check on the main thread; default: all cores for large inputs)',
  now: "judge the store's waivers (expiry) at this ISO time",
  waiverMaxDays: 'longest exception a Waiver may grant, in days from now (default 90)',
  summary: 'print the per-rule summary only, not each finding (ndjson: summary on stderr)',
  baseline: 'report only findings not in this baseline; known ones are counted apart, like waived ones',
  writeBaseline: "write the run's findings (SKU, rule, field, normalised text) as a baseline, then report as usual",
  strictColumns: 'a CSV column that maps to no listing field is an error, not a warning (listing/unchecked-column)',
};

const zh: typeof en = {
  description:
    '对照合规策略、包装标准和售后政策检查商品信息：' +
    '商品（Listing）YAML 文件、商品导出表（CSV，UTF-8 或 GB18030/GBK）或 NDJSON；“-”从标准输入读取 NDJSON',
  files: '商品 YAML 文件或目录、.csv、.ndjson/.jsonl 文件，或用 - 从标准输入读取 NDJSON',
  store: '店铺的策略目录（默认：输入上方含 store.yaml 的目录）',
  encoding: 'CSV/NDJSON 输入的编码：utf8、gb18030 或 gbk',
  map: '把 CSV 列名对应到商品字段的 YAML/JSON 映射文件（宝贝名称: title）',
  columns: '直接写在命令行上的列映射："宝贝名称=title,商家编码=sku"',
  jobs: '检查线程数（0：在主线程检查；默认：输入较大时用全部 CPU 核）',
  now: '按此 ISO 时间判断店铺的豁免是否过期',
  waiverMaxDays: '豁免（Waiver）最长可给的期限，从现在起算的天数（默认 90）',
  summary: '只打印按规则汇总的结果，不逐条列出（ndjson：汇总写到标准错误）',
  baseline: '只报告不在此基线中的发现；已知的另行计数，与已豁免的一样',
  writeBaseline: '把本次的发现（SKU、规则、字段、归一化文本）写成基线，然后照常报告',
  strictColumns: '对应不到任何商品字段的 CSV 列算作错误而不是警告（listing/unchecked-column）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineCheckListing(parent: Command, lang: Lang): void {
  const t = TEXT[lang];
  addReportOptions(
    parent
      .command('listing')
      .alias('listings')
      .description(t.description)
      .argument('<files...>', t.files)
      .option('--store <dir>', t.store)
      .option('--encoding <name>', t.encoding, 'utf8')
      .option('--map <file>', t.map)
      .option('--columns <pairs>', t.columns)
      .option('--jobs <n>', t.jobs)
      .option('--now <time>', t.now)
      .option('--waiver-max-days <days>', t.waiverMaxDays)
      .option('--summary', t.summary)
      .option('--baseline <file>', t.baseline)
      .option('--write-baseline <file>', t.writeBaseline)
      .option('--strict-columns', t.strictColumns),
    lang,
    [...FORMATS, 'ndjson'],
  ).action(async (files: string[], raw: Record<string, unknown>) => {
    const { runCheckListing } = await import('./check-listing.run.js');
    setExitCode(await runCheckListing(files, raw));
  });
}
