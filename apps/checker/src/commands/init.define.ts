import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { setExitCode } from '../io/runtime.js';
import { langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: "scaffold a new store's policy folder from a template store (never overwrites a file)",
  store: 'id of the new store, e.g. acme-shoes',
  from: 'template store to copy the policies of',
  dir: "folder that holds the store folders (default: the repository's policies/)",
};

const zh: typeof en = {
  description: '以模板店铺为底，为新店铺生成策略目录（从不覆盖已有文件）',
  store: '新店铺的 id，例如 acme-shoes',
  from: '从哪个模板店铺复制策略',
  dir: '存放各店铺目录的目录（默认：仓库的 policies/）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineInit(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  program
    .command('init')
    .description(t.description)
    .argument('<store>', t.store)
    .option('--from <store>', t.from, 'demo-apparel')
    .option('--dir <dir>', t.dir)
    .addOption(langOption(lang))
    .option('--debug', SHARED_TEXT[lang].debug)
    .action(async (store: string, raw: Record<string, unknown>) => {
      const { runInit } = await import('./init.run.js');
      setExitCode(await runInit(store, raw));
    });
}
