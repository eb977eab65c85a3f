import type { RuleMeta } from '../../rule.js';
import { expiredMeta } from './expired.js';
import { noExpiryMeta } from './no-expiry.js';
import { notWaivable, notWaivableMeta } from './not-waivable.js';
import { unusedMeta } from './unused.js';
import { wrongStoreMeta } from './wrong-store.js';

export { expiredMeta, noExpiryMeta, notWaivable, notWaivableMeta, unusedMeta, wrongStoreMeta };

/** Metadata of this area's rules (their checks run in `applyWaivers`, after every other layer). */
export const metas: RuleMeta[] = [expiredMeta, unusedMeta, noExpiryMeta, wrongStoreMeta, notWaivableMeta];
