import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineExplain(parent: Command): void {
  parent
    .command('explain')
    .description('print the step-by-step trace of one price')
    .action(() => {
      throw new UsageError('explain is not implemented yet');
    });
}
