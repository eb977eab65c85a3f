import type { StoreBundle } from '../../model.js';
import { priceCalendar, type CalendarFinding } from '../../pricing/dry-run.js';
import { defineRule, type PolicyRule, type RuleMeta } from '../../rule.js';
import { runCalendarChecks } from './_calendar.js';
import { promotionChecks, skuChecks } from './_checks.js';

/**
 * `validate` prices the approved calendar once per store and run (when the
 * store's catalogue was read); each rule below reports its own code's share.
 */
const priced = new WeakMap<StoreBundle, { now: number; findings: CalendarFinding[] }>();

function calendarPricing(bundle: StoreBundle, now: Date): CalendarFinding[] {
  if (!bundle.catalog) return [];
  const cached = priced.get(bundle);
  if (cached && cached.now === now.getTime()) return cached.findings;
  const findings = priceCalendar(bundle, bundle.catalog, now);
  priced.set(bundle, { now: now.getTime(), findings });
  return findings;
}

const docCodes = new Set(promotionChecks.filter((check) => check.inValidate).map((check) => check.meta.code));
/**
 * The per-SKU checks of calendar pricing: the price family of SPEC section 9
 * (floor, depth, history). The reference-price and raised-price checks
 * compare with the list price at the start, which the catalogue knows only
 * for what is proposed now, so they stay with `check promotion`.
 */
const skuCodes = new Set(['promotion/stale-history', 'promotion/depth', 'promotion/price-floor', 'promotion/tier-inversion']);

/** Metas of the checks `validate` runs: the document checks, then the per-SKU ones of calendar pricing. */
const validateMetas: RuleMeta[] = [];
const calendarSkuMetas = skuChecks.map((c) => c.meta).filter((meta) => skuCodes.has(meta.code));
for (const meta of [...promotionChecks.filter((c) => c.inValidate).map((c) => c.meta), ...calendarSkuMetas]) {
  if (!validateMetas.some((m) => m.code === meta.code)) validateMetas.push(meta);
}

/**
 * The calendar checks as `validate` rules (one per code), registered through
 * `rules/promotion-policy` so `storepolicy validate` runs them: the document
 * checks over every promotion, and, when the store has a catalogue, the
 * per-SKU checks of the approved calendar priced like proposals.
 */
export const calendarRules: PolicyRule[] = validateMetas.map((meta) =>
  defineRule({
    meta,
    check(bundle, context) {
      if (docCodes.has(meta.code)) {
        const checks = promotionChecks.filter((check) => check.inValidate && check.meta.code === meta.code);
        runCalendarChecks(bundle, checks, (_meta, finding) => context.report(finding));
      }
      if (skuCodes.has(meta.code)) {
        for (const found of calendarPricing(bundle, context.options.now)) if (found.meta.code === meta.code) context.report(found.finding);
      }
    },
  }),
);

const inValidate = new Set(calendarRules.map((rule) => rule.meta.code));

/** Metadata of the promotion checks that only run in `check promotion` (the others are in `calendarRules`). */
export const metas: RuleMeta[] = [];
for (const meta of [...promotionChecks.map((c) => c.meta), ...skuChecks.map((c) => c.meta)]) {
  if (!inValidate.has(meta.code) && !metas.some((m) => m.code === meta.code)) metas.push(meta);
}
