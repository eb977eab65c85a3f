import type { PolicyRule } from '../../rule.js';
import { excessive } from './excessive.js';
import { forbiddenInsert } from './forbidden-insert.js';
import { fragile } from './fragile.js';
import { shipWithin } from './ship-within.js';

/** Rules of this area, in the order they run. */
export const rules: PolicyRule[] = [shipWithin, forbiddenInsert, excessive, fragile];
