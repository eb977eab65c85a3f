// Public surface of promotion pricing (issue 3).
export type { CatalogItem, PriceHistoryEntry, PriceRow, PriceStep } from './types.js';
export { dryRun, explainPrice, PricingInputError, SKU_FINDINGS_PER_RULE } from './dry-run.js';
export type { DryRunInput, DryRunResult, ExplainInput } from './dry-run.js';
export { checkCalendar } from '../rules/promotion/_calendar.js';
export { resolvePolicy, DEFAULT_LIMITS, LEGAL_PRIZE_CAP } from './policy.js';
export type { ResolvedPolicy, ResolvedLimits } from './policy.js';
export { compilePromotion } from './compile.js';
export type { CompiledPromotion } from './compile.js';
export { PROMOTION_TYPES, CLASS_OF } from './classes.js';
export { roundDiv, ceilDiv } from './math.js';
export { baselineOf, lowestListBefore, storeDate } from './history.js';
