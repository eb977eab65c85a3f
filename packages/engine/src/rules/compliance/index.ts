import type { PolicyRule } from '../../rule.js';
import { loosensLaw } from './loosens-law.js';

/** Rules of this area, in the order they run. */
export const rules: PolicyRule[] = [loosensLaw];
