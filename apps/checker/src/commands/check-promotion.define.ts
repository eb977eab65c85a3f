import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineCheckPromotion(parent: Command): void {
  parent
    .command('promotion')
    .description('dry-run promotions against the policies and the calendar')
    .action(() => {
      throw new UsageError('promotion is not implemented yet');
    });
}
