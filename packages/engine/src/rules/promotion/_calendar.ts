import type { Diagnostic } from '@storepolicy/schema';
import type { StoreBundle } from '../../model.js';
import { compilePromotion } from '../../pricing/compile.js';
import { resolvePolicy } from '../../pricing/policy.js';
import { toDiagnostic, type FindingInput, type RuleMeta } from '../../rule.js';
import type { PromotionCheck } from './_check.js';
import { promotionChecks } from './_checks.js';

/**
 * The calendar checks of `storepolicy validate`: every promotion document
 * on its own (window, tiers, scope, legal terms), and the approved ones
 * against each other (conflicts, stacking, concurrency, cut frequency), so a
 * bad merge into `promotions/` fails CI. Timing against "now" (lead time)
 * and store metrics (event entry) are judged when a promotion is proposed,
 * not every time the calendar is validated.
 */
export function runCalendarChecks(
  bundle: StoreBundle,
  checks: readonly PromotionCheck[],
  report: (meta: RuleMeta, finding: FindingInput) => void,
): void {
  const policy = resolvePolicy(bundle.promotionPolicy);
  const compiled = bundle.promotions.map((doc) => compilePromotion(doc, policy));
  const approved = compiled.filter((p) => p.approved);
  for (const proposal of compiled) {
    // Each approved promotion is judged against the ones that started no later,
    // so a conflict or a crowded instant is reported once, on the newcomer.
    const others = proposal.approved
      ? approved.filter((o) => o !== proposal && (o.start < proposal.start || (o.start === proposal.start && o.id < proposal.id)))
      : [];
    for (const check of checks) {
      if (!check.inValidate) continue;
      check.check({ bundle, policy, proposal, others, pairWith: others, catalog: undefined, now: undefined, report });
    }
  }
}

/** `validate`'s view of the promotion calendar, as diagnostics. */
export function checkCalendar(bundle: StoreBundle, _now?: Date): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  runCalendarChecks(bundle, promotionChecks, (meta, finding) => diagnostics.push(toDiagnostic(meta, finding)));
  return diagnostics;
}
