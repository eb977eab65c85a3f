import type { PromotionCheck } from './_check.js';
import type { SkuCheck } from './_sku-check.js';
import { blackoutCheck } from './blackout.js';
import { concurrencyCheck } from './concurrency.js';
import { conflictCheck } from './conflict.js';
import { cutFrequencyCheck } from './cut-frequency.js';
import { depthCheck, depthSkuCheck } from './depth.js';
import { disclosureCheck } from './disclosure.js';
import { durationCheck } from './duration.js';
import { eventEligibilityCheck } from './event-eligibility.js';
import { leadTimeCheck } from './lead-time.js';
import { leverPriorityCheck } from './lever-priority.js';
import { notCombinableCheck } from './not-combinable.js';
import { oneMechanicCheck } from './one-mechanic.js';
import { priceFloorCheck } from './price-floor.js';
import { priceRaisedBeforeCheck } from './price-raised-before.js';
import { prizeCapCheck } from './prize-cap.js';
import { referencePriceCheck } from './reference-price.js';
import { reviewInducementCheck } from './review-inducement.js';
import { staleHistoryCheck } from './stale-history.js';
import { thresholdSaneCheck } from './threshold-sane.js';
import { tierInversionCheck } from './tier-inversion.js';
import { unknownScopeCheck } from './unknown-scope.js';
import { unknownTierCheck } from './unknown-tier.js';
import { windowCheck } from './window.js';

/** Checks over one promotion document (and the calendar around it), in report order. */
export const promotionChecks: readonly PromotionCheck[] = [
  windowCheck,
  leadTimeCheck,
  durationCheck,
  blackoutCheck,
  unknownTierCheck,
  unknownScopeCheck,
  oneMechanicCheck,
  thresholdSaneCheck,
  conflictCheck,
  notCombinableCheck,
  concurrencyCheck,
  depthCheck,
  cutFrequencyCheck,
  leverPriorityCheck,
  eventEligibilityCheck,
  prizeCapCheck,
  disclosureCheck,
  reviewInducementCheck,
];

/** Checks that run for each SKU of a proposal's scope inside the dry-run loop. */
export const skuChecks: readonly SkuCheck[] = [
  staleHistoryCheck,
  depthSkuCheck,
  priceFloorCheck,
  referencePriceCheck,
  priceRaisedBeforeCheck,
  tierInversionCheck,
];
