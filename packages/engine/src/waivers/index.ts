// Public surface of waivers (issue 5): the layer that runs after every other one.
export { applyWaivers, judgeWaivers, unusedWaiverFinding, waivedByOf, type JudgedWaiver, type WaiverOptions } from './apply.js';
export { DEFAULT_WAIVER_MAX_DAYS, judgeExpiry, type Expiry } from './expiry.js';
export { compileGlob, type Glob } from './glob.js';
export { compileTarget, repoRelative, targetMatches, type CompiledTarget, type MatchedFinding, type PromotionSpan } from './match.js';
