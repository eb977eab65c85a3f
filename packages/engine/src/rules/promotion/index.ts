import { defineRule, type PolicyRule, type RuleMeta } from '../../rule.js';
import { runCalendarChecks } from './_calendar.js';
import { promotionChecks, skuChecks } from './_checks.js';

/**
 * The calendar checks as `validate` rules (one per code), registered through
 * `rules/promotion-policy` so `storepolicy validate` runs them.
 */
export const calendarRules: PolicyRule[] = promotionChecks
  .filter((check) => check.inValidate)
  .map((check) =>
    defineRule({
      meta: check.meta,
      check(bundle, context) {
        runCalendarChecks(bundle, [check], (_meta, finding) => context.report(finding));
      },
    }),
  );

const inValidate = new Set(calendarRules.map((rule) => rule.meta.code));

/** Metadata of the promotion checks that only run in `check promotion` (the others are in `calendarRules`). */
export const metas: RuleMeta[] = [];
for (const meta of [...promotionChecks.map((c) => c.meta), ...skuChecks.map((c) => c.meta)]) {
  if (!inValidate.has(meta.code) && !metas.some((m) => m.code === meta.code)) metas.push(meta);
}
