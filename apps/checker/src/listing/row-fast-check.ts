import type { ListingSpec } from '@storepolicy/schema';
import { hasOnlyKnownKeys } from './row-keys.js';

// The hot path of a million-row check. Zod (row-schema.ts) is the authority
// on what a row may hold and the one that explains a bad row; parsing every
// row with it cost three times a JSON.parse. This check accepts only rows zod
// accepts (test/listing/row-schema.test.ts holds the two side by side), so a
// row that passes here skips zod, and anything else goes to zod.

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const YUAN = /^(0|[1-9]\d*)(\.\d{1,2})?$/;
const RETURN_PROMISES = new Set(['yes', 'exempt_statutory', 'exempt_confirmed']);
const QUALIFICATIONS = new Set(['sc', 'cosmetics_filing', 'cosmetics_registration', 'health_food', 'medical_device', 'other']);

function isMoney(value: unknown): boolean {
  if (typeof value === 'string') return YUAN.test(value);
  if (typeof value !== 'number') return false;
  // a whole number of yuan prints as plain digits: no string, no regex
  if (Number.isSafeInteger(value)) return value >= 0;
  return Number.isFinite(value) && value >= 0 && YUAN.test(String(value));
}

function optionalMoney(value: unknown): boolean {
  return value === undefined || isMoney(value);
}

function optionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (typeof value[key] !== 'string') return false;
  return true;
}

function images(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const image of value) {
    if (!isPlainObject(image)) return false;
    if (typeof image.url !== 'string' || image.url.length === 0) return false;
    if (image.real_shot !== undefined && typeof image.real_shot !== 'boolean') return false;
    if (image.main !== undefined && typeof image.main !== 'boolean') return false;
  }
  return true;
}

function qualifications(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (QUALIFICATIONS.has(key) && typeof value[key] !== 'string') return false;
  return true;
}

function afterSales(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isPlainObject(value)) return false;
  const promise = value.seven_day_return;
  if (promise !== undefined && !(typeof promise === 'string' && RETURN_PROMISES.has(promise))) return false;
  return optionalText(value.reason);
}

function inserts(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const insert of value) if (typeof insert !== 'string' || insert.length === 0) return false;
  return true;
}

/** True only for a row `listingRowSchema` accepts as it is. */
export function isCleanListingRow(row: Record<string, unknown>): row is Record<string, unknown> & ListingSpec {
  const hours = row.ship_within_hours;
  const sizeChart = row.size_chart;
  return (
    typeof row.sku === 'string' &&
    SKU.test(row.sku) &&
    typeof row.title === 'string' &&
    row.title.length > 0 &&
    // any non-empty text: one that is not a store category is listing/unknown-category, and the row is still checked
    typeof row.category === 'string' &&
    row.category.trim().length > 0 &&
    isMoney(row.price) &&
    optionalMoney(row.reference_price) &&
    optionalMoney(row.lowest_price_7d) &&
    optionalText(row.description) &&
    stringRecord(row.attributes) &&
    images(row.images) &&
    qualifications(row.qualifications) &&
    afterSales(row.after_sales) &&
    (hours === undefined || (Number.isInteger(hours) && (hours as number) >= 0 && (hours as number) <= 2160)) &&
    inserts(row.inserts) &&
    (sizeChart === undefined || typeof sizeChart === 'boolean' || typeof sizeChart === 'string') &&
    // a key zod would strip is schema/unknown-key (row-keys.ts): the slow path reports it
    hasOnlyKnownKeys(row)
  );
}
