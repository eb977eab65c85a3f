import type { PolicyRule } from '../../rule.js';
import { benefitOrder } from './benefit-order.js';
import { duplicateId } from './duplicate-id.js';
import { metricFit } from './metric-fit.js';
import { priceFloor } from './price-floor.js';
import { thresholdOrder } from './threshold-order.js';

/** Rules of this area, in the order they run. */
export const rules: PolicyRule[] = [duplicateId, thresholdOrder, benefitOrder, priceFloor, metricFit];
