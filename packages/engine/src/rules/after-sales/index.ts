import type { PolicyRule } from '../../rule.js';
import { exemption } from './exemption.js';
import { qualityShipping } from './quality-shipping.js';
import { refundDeadline } from './refund-deadline.js';
import { returnDays } from './return-days.js';
import { tierRef } from './tier-ref.js';

/** Rules of this area, in the order they run. */
export const rules: PolicyRule[] = [returnDays, exemption, refundDeadline, qualityShipping, tierRef];
