import type { Command } from 'commander';
import { defineCheckListing } from './check-listing.define.js';
import { defineCheckPromotion } from './check-promotion.define.js';

export function defineCheck(program: Command): void {
  const check = program.command('check').description('check proposed promotions or product listings');
  defineCheckPromotion(check);
  defineCheckListing(check);
}
