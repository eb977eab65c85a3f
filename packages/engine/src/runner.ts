import type { Diagnostic } from '@storepolicy/schema';
import type { PolicySet } from './model.js';
import { toDiagnostic, type EngineOptions, type PolicyRule } from './rule.js';
import { policyRules } from './rules/index.js';

/** Run every policy rule over every store. Pure: documents in, findings out. */
export function runPolicyRules(
  set: PolicySet,
  options: EngineOptions,
  rules: readonly PolicyRule[] = policyRules,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const bundle of set.stores) {
    for (const rule of rules) {
      rule.check(bundle, {
        options,
        report: (finding) => diagnostics.push(toDiagnostic(rule.meta, finding)),
      });
    }
  }
  return diagnostics;
}
