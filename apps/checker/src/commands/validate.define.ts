import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { addReportOptions } from '../options.js';

const en = {
  description: 'validate policy YAML: syntax, schema, rules and cross-document references',
  paths: "files or directories to check (default: the repository's policies/)",
  now: 'judge time-dependent rules (waiver expiry) at this ISO time',
  maxFileSize: 'refuse policy files larger than this',
  waiverMaxDays: 'longest exception a Waiver may grant, in days from now (default 90)',
};

const zh: typeof en = {
  description: '校验策略 YAML：语法、模式、规则和跨文档引用',
  paths: '要检查的文件或目录（默认：仓库的 policies/）',
  now: '按此 ISO 时间判断与时间有关的规则（豁免是否过期）',
  maxFileSize: '拒绝大于此字节数的策略文件',
  waiverMaxDays: '豁免（Waiver）最长可给的期限，从现在起算的天数（默认 90）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineValidate(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  addReportOptions(
    program
      .command('validate')
      .description(t.description)
      .argument('[paths...]', t.paths)
      .option('--now <time>', t.now)
      .option('--max-file-size <bytes>', t.maxFileSize, String(4 * 1024 * 1024))
      .option('--waiver-max-days <days>', t.waiverMaxDays),
    lang,
  ).action(async (paths: string[], raw: Record<string, unknown>) => {
    const { runValidate } = await import('./validate.run.js');
    setExitCode(await runValidate(paths, raw));
  });
}
