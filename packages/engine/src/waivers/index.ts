// Public surface of waivers (issue 5): the layer that runs after every other one.
export { applyWaivers, type WaiverOptions } from './apply.js';
export { DEFAULT_WAIVER_MAX_DAYS, judgeExpiry, type Expiry } from './expiry.js';
export { globToRegExp } from './match.js';
