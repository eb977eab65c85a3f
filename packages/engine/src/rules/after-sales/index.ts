import type { PolicyRule } from '../../rule.js';

/** Rules of this area, in the order they run. */
export const rules: PolicyRule[] = [];
