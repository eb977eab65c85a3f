import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { TEST_FORMATS } from '../formats.js';
import { setExitCode } from '../io/runtime.js';
import { formatOption, langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: "run the stores' PolicyTest cases (tests/*.yaml): pass/fail per case, and the rules no test exercises",
  paths: "files or directories holding the policies and their tests (default: the repository's policies/)",
  output: 'write the results to a file instead of stdout',
  filter: 'run only the cases whose name contains this text',
  now: 'judge cases without their own `now` at this ISO time',
  waiverMaxDays: 'longest exception a Waiver input may grant (default 90)',
};

const zh: typeof en = {
  description: '运行各店铺的策略测试（PolicyTest）用例（tests/*.yaml）：每个用例通过与否，以及没有测试覆盖的规则',
  paths: '存放策略及其测试的文件或目录（默认：仓库的 policies/）',
  output: '把结果写入文件，而不是标准输出',
  filter: '只运行名称包含此文本的用例',
  now: '没有自己 `now` 的用例按此 ISO 时间判断',
  waiverMaxDays: '作为输入的豁免（Waiver）最长可给的期限（天，默认 90）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineTest(parent: Command, lang: Lang): void {
  const t = TEXT[lang];
  const shared = SHARED_TEXT[lang];
  parent
    .command('test')
    .description(t.description)
    .argument('[paths...]', t.paths)
    .addOption(formatOption(lang, TEST_FORMATS))
    .option('-o, --output <file>', t.output)
    .option('--filter <text>', t.filter)
    .option('--now <time>', t.now)
    .option('--waiver-max-days <days>', t.waiverMaxDays)
    .addOption(langOption(lang))
    .option('--no-color', shared.noColor)
    .option('--debug', shared.debug)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runTest } = await import('./test.run.js');
      setExitCode(await runTest(paths, raw));
    });
}
