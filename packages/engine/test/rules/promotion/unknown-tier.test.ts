import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const typo = promo('t', `${DISCOUNT_SPEC}  tiers: [gold, svp]\n`);

describe('promotion/unknown-tier', () => {
  table('promotion/unknown-tier', [
    { name: 'known tiers pass', proposal: promo('t', `${DISCOUNT_SPEC}  tiers: [gold, svip]\n`), expected: [] },
    { name: 'no tiers means every tier', proposal: promo('t', DISCOUNT_SPEC), expected: [] },
    { name: 'a misspelt tier is an error at that item', proposal: typo, expected: [{ code: 'promotion/unknown-tier', severity: 'error', ...at(typo, 'svp') }] },
  ]);
});
