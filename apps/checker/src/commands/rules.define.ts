import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { formatOption, langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: "list every rule with its severity and summary, or print one rule's doc page",
  code: 'a rule code such as tiers/threshold-order',
  lang: 'summary language (default from LANG)',
  output: 'write to a file instead of stdout',
};

const zh: typeof en = {
  description: '列出每条规则及其严重程度和摘要，或打印某条规则的说明文档',
  code: '规则代码，例如 tiers/threshold-order',
  lang: '摘要语言（默认按 LANG 环境变量）',
  output: '写入文件，而不是标准输出',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineRules(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  program
    .command('rules')
    .description(t.description)
    .argument('[code]', t.code)
    .addOption(formatOption(lang, ['pretty', 'json', 'markdown']))
    .addOption(langOption(lang, t.lang))
    .option('-o, --output <file>', t.output)
    .option('--no-color', SHARED_TEXT[lang].noColor)
    .action(async (code: string | undefined, raw: Record<string, unknown>) => {
      const { runRules } = await import('./rules.run.js');
      setExitCode(await runRules(code, raw));
    });
}
