import type { PolicyRule } from '../../rule.js';
import { calendarRules } from '../promotion/index.js';
import { limitsSane } from './limits-sane.js';
import { priorityComplete } from './priority-complete.js';
import { stackingSymmetric } from './stacking-symmetric.js';

/**
 * Rules of this area, in the order they run: the policy's own consistency,
 * then the promotion calendar (`promotions/`) judged against it.
 */
export const rules: PolicyRule[] = [priorityComplete, stackingSymmetric, limitsSane, ...calendarRules];
