import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineTest(parent: Command): void {
  parent
    .command('test')
    .description("run the stores' PolicyTest cases")
    .action(() => {
      throw new UsageError('test is not implemented yet');
    });
}
