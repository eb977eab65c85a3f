import { setExitCode } from '../io/runtime.js';
import type { Command } from 'commander';

export function defineInit(program: Command): void {
  program
    .command('init')
    .description("scaffold a new store's policy folder from a template store (never overwrites a file)")
    .argument('<store>', 'id of the new store, e.g. acme-shoes')
    .option('--from <store>', 'template store to copy the policies of', 'demo-apparel')
    .option('--dir <dir>', "folder that holds the store folders (default: the repository's policies/)")
    .option('--debug', 'print stack traces for internal errors')
    .action(async (store: string, raw: Record<string, unknown>) => {
      const { runInit } = await import('./init.run.js');
      setExitCode(await runInit(store, raw));
    });
}
