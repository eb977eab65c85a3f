import type { RuleMeta } from '../../rule.js';
import { expiredMeta } from './expired.js';
import { noExpiryMeta } from './no-expiry.js';
import { unusedMeta } from './unused.js';

export { expiredMeta, noExpiryMeta, unusedMeta };

/** Metadata of this area's rules (their checks run in `applyWaivers`, after every other layer). */
export const metas: RuleMeta[] = [expiredMeta, unusedMeta, noExpiryMeta];
