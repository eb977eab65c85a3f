import type { PolicyRule } from '../../rule.js';
import { duplicate } from './duplicate.js';
import { unresolved } from './unresolved.js';

/** Cross-document references (SPEC section 3, layer 4). */
export const rules: PolicyRule[] = [unresolved, duplicate];
