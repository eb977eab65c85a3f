/**
 * The listing fields a CSV column can fill. Most are `ListingSpec` keys; a
 * few are flat spellings of nested ones (`after_sales.reason`), and three
 * are column-shaped helpers: `attributes` ("材质:棉;产地:浙江"),
 * `attributes.<name>` (one attribute per column) and `images.real_shot`
 * (是/否 for the listed images).
 */
export const SCALAR_FIELDS = [
  'sku',
  'title',
  'category',
  'price',
  'reference_price',
  'lowest_price_7d',
  'description',
  'ship_within_hours',
  'size_chart',
  'inserts',
  'images',
  'images.real_shot',
  'attributes',
  'after_sales.seven_day_return',
  'after_sales.reason',
  'qualifications.sc',
  'qualifications.cosmetics_filing',
  'qualifications.cosmetics_registration',
  'qualifications.health_food',
  'qualifications.medical_device',
  'qualifications.other',
] as const;

export type ScalarField = (typeof SCALAR_FIELDS)[number];
/** A target field: a known one, or `attributes.<name>`. */
export type TargetField = ScalarField | `attributes.${string}`;

/** Fields without which a row cannot be checked (required by the Listing schema). */
export const REQUIRED_FIELDS = ['sku', 'title', 'category', 'price'] as const;

const KNOWN = new Set<string>(SCALAR_FIELDS);

export function isTargetField(name: string): name is TargetField {
  return KNOWN.has(name) || (name.startsWith('attributes.') && name.length > 'attributes.'.length);
}
