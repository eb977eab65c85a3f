import type { PolicyRule } from '../../rule.js';
import { loosensLaw } from './loosens-law.js';
import { noBaseline } from './no-baseline.js';

/** Rules of this area, in the order they run: without a baseline, loosening it is moot. */
export const rules: PolicyRule[] = [noBaseline, loosensLaw];
