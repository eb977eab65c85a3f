import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { formatOption, langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: 'semantic change of the policies between two git revisions: what tightens, what loosens, and why',
  paths: 'policy files or folders to compare',
  base: 'the revision before the change (default: origin/main when it exists, else HEAD)',
  head: 'the revision after the change (default: the working tree, uncommitted edits included)',
  failOnLoosen: 'exit 1 when any change loosens a policy',
};

const zh: typeof en = {
  description: '两个 git 版本之间策略的语义变化：哪些收紧、哪些放宽，以及原因',
  paths: '要比较的策略文件或目录',
  base: '变更前的版本（默认：存在 origin/main 时用它，否则 HEAD）',
  head: '变更后的版本（默认：工作区，包括未提交的修改）',
  failOnLoosen: '有任何变化放宽了策略时以退出码 1 结束',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineDiff(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  const shared = SHARED_TEXT[lang];
  program
    .command('diff')
    .description(t.description)
    .argument('[paths...]', t.paths, ['policies'])
    .option('--base <ref>', t.base)
    .option('--head <ref>', t.head)
    .addOption(formatOption(lang, ['pretty', 'markdown', 'json']))
    .option('-o, --output <file>', shared.output)
    .addOption(langOption(lang))
    .option('--fail-on-loosen', t.failOnLoosen)
    .option('--no-color', shared.noColor)
    .option('--debug', shared.debug)
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { runDiff } = await import('./diff.run.js');
      setExitCode(await runDiff(paths, raw));
    });
}
