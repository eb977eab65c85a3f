import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { defineCheckListing } from './check-listing.define.js';
import { defineCheckPromotion } from './check-promotion.define.js';

const DESCRIPTION: Record<Lang, string> = {
  en: 'check proposed promotions or product listings',
  zh: '检查拟议的促销或商品信息',
};

export function defineCheck(program: Command, lang: Lang): void {
  const check = program.command('check').description(DESCRIPTION[lang]);
  defineCheckPromotion(check, lang);
  defineCheckListing(check, lang);
}
