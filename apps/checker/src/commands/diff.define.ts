import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineDiff(parent: Command): void {
  parent
    .command('diff')
    .description('semantic change of the policies between two git revisions')
    .action(() => {
      throw new UsageError('diff is not implemented yet');
    });
}
