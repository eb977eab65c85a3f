import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineCheckListing(parent: Command): void {
  parent
    .command('listing')
    .description('check product listings against compliance, packing and after-sales policies')
    .action(() => {
      throw new UsageError('listing is not implemented yet');
    });
}
