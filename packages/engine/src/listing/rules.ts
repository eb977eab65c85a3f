import { bannedTerm, bannedTermCheck } from '../rules/listing/banned-term.js';
import { claim, claimCheck } from '../rules/listing/claim.js';
import { contactInfo, contactInfoCheck } from '../rules/listing/contact-info.js';
import { images, imagesCheck } from '../rules/listing/images.js';
import { insert, insertCheck } from '../rules/listing/insert.js';
import { qualification, qualificationCheck } from '../rules/listing/qualification.js';
import { referencePrice, referencePriceCheck } from '../rules/listing/reference-price.js';
import { returnPromise, returnPromiseCheck } from '../rules/listing/return-promise.js';
import { reviewInducement, reviewInducementCheck } from '../rules/listing/review-inducement.js';
import { shipPromise, shipPromiseCheck } from '../rules/listing/ship-promise.js';
import { sizeChart, sizeChartCheck } from '../rules/listing/size-chart.js';
import { titleWidth, titleWidthCheck } from '../rules/listing/title-width.js';
import { unknownCategory, unknownCategoryCheck } from '../rules/listing/unknown-category.js';
import type { ListingRule } from './compiled.js';

/** Every listing rule with its check, in report order (same order as `metas`). */
export const listingRules: readonly ListingRule[] = [
  { meta: unknownCategory, check: unknownCategoryCheck },
  { meta: titleWidth, check: titleWidthCheck },
  { meta: bannedTerm, check: bannedTermCheck },
  { meta: claim, check: claimCheck },
  { meta: contactInfo, check: contactInfoCheck },
  { meta: reviewInducement, check: reviewInducementCheck },
  { meta: referencePrice, check: referencePriceCheck },
  { meta: qualification, check: qualificationCheck },
  { meta: returnPromise, check: returnPromiseCheck },
  { meta: shipPromise, check: shipPromiseCheck },
  { meta: images, check: imagesCheck },
  { meta: sizeChart, check: sizeChartCheck },
  { meta: insert, check: insertCheck },
];
