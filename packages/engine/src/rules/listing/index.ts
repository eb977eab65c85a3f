import type { RuleMeta } from '../../rule.js';
import { bannedTerm } from './banned-term.js';
import { claim } from './claim.js';
import { contactInfo } from './contact-info.js';
import { images } from './images.js';
import { input } from './input.js';
import { listingChecksNotRun, notChecked } from './not-checked.js';
import { insert } from './insert.js';
import { qualification } from './qualification.js';
import { referencePrice } from './reference-price.js';
import { returnPromise } from './return-promise.js';
import { reviewInducement } from './review-inducement.js';
import { shipPromise } from './ship-promise.js';
import { sizeChart } from './size-chart.js';
import { titleWidth } from './title-width.js';
import { uncheckedColumn } from './unchecked-column.js';
import { unknownCategory } from './unknown-category.js';

export {
  bannedTerm,
  claim,
  contactInfo,
  images,
  input,
  insert,
  listingChecksNotRun,
  notChecked,
  qualification,
  referencePrice,
  returnPromise,
  reviewInducement,
  shipPromise,
  sizeChart,
  titleWidth,
  uncheckedColumn,
  unknownCategory,
};

/**
 * Metadata of this area's rules. Their checks run in `compileListingChecker`
 * (src/listing), one precompiled pass per listing, not in `validate`.
 */
export const metas: RuleMeta[] = [
  unknownCategory,
  titleWidth,
  bannedTerm,
  claim,
  contactInfo,
  reviewInducement,
  referencePrice,
  qualification,
  returnPromise,
  shipPromise,
  images,
  sizeChart,
  insert,
  // reported by the bulk reader of `storepolicy check listing` (apps/checker/src/listing)
  input,
  uncheckedColumn,
  notChecked,
];
