/**
 * Promotion pricing (issue 3, SPEC section 5). Pure: documents and catalogue
 * rows in, diagnostics and price rows out.
 *
 * policy.ts    PromotionPolicy -> numbers with defaults (basis points, fen)
 * compile.ts   Promotion -> CompiledPromotion (mechanic, window, scope, effective stacking)
 * stacking.ts  the handshake and exclusivity between two promotions
 * plan.ts      which promotions apply together (product winner first, then by priority)
 * compute.ts   the integer steps: product, member, threshold, coupon; single and worst
 * history.ts   7-day baseline and look-back lowest list price, in the store's timezone
 * pricer.ts    every SKU x tier x instant, memoised per scope pattern
 * dry-run.ts   dryRun / explainPrice: checks (rules/promotion) + prices
 */
export type { CatalogItem, PriceHistoryEntry, PriceRow, PriceStep, TierInversionMark } from './types.js';
export { dryRun, explainPrice, PricingInputError, SKU_FINDINGS_PER_RULE, type PricingProblem } from './dry-run.js';
export type { DryRunInput, DryRunResult, ExplainInput } from './dry-run.js';
export { checkCalendar } from '../rules/promotion/_calendar.js';
export { resolvePolicy, DEFAULT_LIMITS, LEGAL_PRIZE_CAP } from './policy.js';
export type { ResolvedPolicy, ResolvedLimits } from './policy.js';
export { compilePromotion, inScope, windowsOverlap } from './compile.js';
export type { CompiledPromotion } from './compile.js';
export { PROMOTION_TYPES, CLASS_OF } from './classes.js';
export { roundDiv, ceilDiv } from './math.js';
export { baselineOf, lowestListBefore, storeDate } from './history.js';
