import type { RuleMeta } from '../../rule.js';

/** Metadata of this area's rules (their checks run outside `validate`). */
export const metas: RuleMeta[] = [];
