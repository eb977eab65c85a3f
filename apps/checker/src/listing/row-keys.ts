import { suggest } from '@storepolicy/schema/core';
import type { RowFinding } from './batch.js';

// SPEC section 9: "An unknown key in an NDJSON row is `schema/unknown-key`
// (did-you-mean), as in YAML." Zod strips keys it does not know, so a
// misspelt `descripton` or `after_sales.seven_day_retrun` used to vanish and
// its text or promise went unchecked. These are the keys of the Listing
// schema's spec (schemas/listing.schema.json); `attributes` holds free names.

const TOP = ['sku', 'title', 'category', 'price', 'reference_price', 'lowest_price_7d', 'description', 'attributes', 'images', 'qualifications', 'after_sales', 'ship_within_hours', 'inserts', 'size_chart'];
const NESTED: Record<string, readonly string[]> = {
  after_sales: ['seven_day_return', 'reason'],
  qualifications: ['sc', 'cosmetics_filing', 'cosmetics_registration', 'health_food', 'medical_device', 'other'],
};
const IMAGE = ['url', 'real_shot', 'main'];

const TOP_SET = new Set(TOP);
const NESTED_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(Object.entries(NESTED).map(([k, v]) => [k, new Set(v)]));
const IMAGE_SET = new Set(IMAGE);

const CODE = 'schema/unknown-key';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when every key of the row (and of its nested objects) is a Listing key: the hot path's test. */
export function hasOnlyKnownKeys(row: Record<string, unknown>): boolean {
  for (const key in row) {
    if (!TOP_SET.has(key)) return false;
    const allowed = NESTED_SETS[key];
    const value = row[key];
    if (allowed && isPlainObject(value)) for (const inner in value) if (!allowed.has(inner)) return false;
  }
  const images = row.images;
  if (Array.isArray(images)) {
    for (const image of images) if (isPlainObject(image)) for (const inner in image) if (!IMAGE_SET.has(inner)) return false;
  }
  return true;
}

/**
 * The row's unknown keys as `schema/unknown-key` findings (pointer at the
 * key, `key: true` so the report points at the name), with the closest known
 * key as a suggestion. `row` names the row for a top-level key.
 */
export function unknownKeyFindings(row: Record<string, unknown>, rowNumber: number): RowFinding[] {
  const findings: RowFinding[] = [];
  const report = (key: string, parent: string, field: string, allowed: readonly string[]) => {
    const suggestion = suggest(key, allowed);
    findings.push({
      code: CODE,
      severity: 'error',
      messageId: `${CODE}.${suggestion ? 'didYouMean' : 'unknown'}`,
      params: suggestion ? { key, field, allowed: allowed.join(', '), suggestion } : { key, field, allowed: allowed.join(', ') },
      pointer: `${parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      key: true,
    });
  };
  const rowName = `row ${rowNumber}`;
  for (const key in row) {
    if (!TOP_SET.has(key)) {
      report(key, '', rowName, TOP);
      continue;
    }
    const allowed = NESTED[key];
    const value = row[key];
    if (allowed && isPlainObject(value)) for (const inner in value) if (!NESTED_SETS[key]!.has(inner)) report(inner, `/${key}`, key, allowed);
  }
  const images = row.images;
  if (Array.isArray(images)) {
    images.forEach((image, i) => {
      if (isPlainObject(image)) for (const inner in image) if (!IMAGE_SET.has(inner)) report(inner, `/images/${i}`, `images[${i}]`, IMAGE);
    });
  }
  return findings;
}
