export type { PolicySet, StoreBundle } from './model.js';
export type {
  EngineOptions,
  FindingInput,
  PolicyRule,
  RelatedInput,
  RuleContext,
  RuleMeta,
} from './rule.js';
export { defineRule, toDiagnostic } from './rule.js';
export { buildPolicySet, normalizeFile, resolveExtends, BASE_STORE } from './bundle.js';
export { runPolicyRules } from './runner.js';
export { buildMessageCatalog, findRule, lawGateRules, policyRules, ruleCatalog } from './rules/index.js';
export * from './pricing/index.js';
export * from './listing/index.js';
export { listingChecksNotRun } from './rules/listing/not-checked.js';
export * from './waivers/index.js';
export * from './diff/index.js';
export * from './policy-test/index.js';
export { unknownCatalogCategories, type CatalogCellPlace } from './rules/catalog/unknown-category.js';
