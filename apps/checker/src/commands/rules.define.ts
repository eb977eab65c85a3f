import type { Command } from 'commander';
import { UsageError } from '../exit.js';

export function defineRules(parent: Command): void {
  parent
    .command('rules')
    .description("list every rule, or show one rule's doc")
    .action(() => {
      throw new UsageError('rules is not implemented yet');
    });
}
