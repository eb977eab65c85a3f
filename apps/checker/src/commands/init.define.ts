import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineInit(parent: Command): void {
  parent
    .command('init')
    .description("scaffold a new store's policy folder")
    .action(() => {
      throw new UsageError('init is not implemented yet');
    });
}
