import type { RuleMeta } from '../../rule.js';
import { failedMeta } from './failed.js';

export { failedMeta };

/** Metadata of this area's rules (their checks run in `storepolicy test`). */
export const metas: RuleMeta[] = [failedMeta];
