import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { promotionChecks, skuChecks } from '../../../src/rules/promotion/_checks.js';
import { rules } from '../../../src/rules/promotion-policy/index.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const metas = [...promotionChecks.map((c) => c.meta), ...skuChecks.map((c) => c.meta), ...rules.map((r) => r.meta)].filter(
  (meta, i, all) => all.findIndex((m) => m.code === meta.code) === i,
);

// One rule, one doc page: titled with the code, stating the severity and whether it is law.
describe('promotion and promotion-policy rule docs', () => {
  it('cover all 19 promotion codes of SPEC section 4 and the 3 policy rules', () => {
    expect(metas.map((m) => m.code).sort()).toEqual(
      [
        'window', 'lead-time', 'duration', 'blackout', 'unknown-tier', 'unknown-scope', 'conflict', 'not-combinable',
        'concurrency', 'price-floor', 'depth', 'reference-price', 'price-raised-before', 'cut-frequency',
        'lever-priority', 'event-eligibility', 'prize-cap', 'disclosure', 'review-inducement',
      ]
        .map((name) => `promotion/${name}`)
        .concat(['promotion-policy/priority-complete', 'promotion-policy/stacking-symmetric', 'promotion-policy/limits-sane'])
        .sort(),
    );
  });
  for (const meta of metas) {
    it(`${meta.code} has a doc page that matches its metadata`, () => {
      const page = readFileSync(`${repoRoot}docs/rules/${meta.code}.md`, 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${meta.code}`);
      expect(page).toContain(`Severity: **${meta.severity}**`);
      expect(page.includes('*(law)*')).toBe(meta.law === true);
      for (const [id, entry] of Object.entries(meta.messages)) {
        expect.soft(/\p{Script=Han}/u.test(entry.message.zh), `${id} zh is Chinese`).toBe(true);
      }
    });
  }
});
