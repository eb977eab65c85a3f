import type { ListingSpec, MessageParams } from '@storepolicy/schema';
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { isCleanListingRow } from './row-fast-check.js';

// Zod parses what a program hands us (a catalogue export row), STYLE.md
// "Where zod fits". The shape is the generated `ListingSpec`; money stays in
// yuan as the Listing schema has it, and the engine turns it into fen.
//
// Zod takes longer to load than a checker thread takes to start without it,
// and a thread needs it only for a row that is not in the shape
// (row-fast-check.ts lets every good row through without it). So it is
// loaded on first use, synchronously, through `require`.

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const YUAN = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

const require = createRequire(import.meta.url);

function buildRowSchema(z: typeof Zod.z) {
  const money = z.union([z.number(), z.string()]).refine(
    (value) => (typeof value === 'string' ? YUAN.test(value) : Number.isFinite(value) && value >= 0 && YUAN.test(String(value))),
  );
  const text = z.string();
  return z.object({
    sku: z.string().min(1).regex(SKU),
    title: z.string().min(1),
    // not the id pattern: a row whose category is not the store's is listing/unknown-category (with
    // did-you-mean) and is still checked against every all-class rule, not dropped as unreadable
    category: z.string().min(1).refine((value) => value.trim().length > 0),
    price: money,
    reference_price: money.optional(),
    lowest_price_7d: money.optional(),
    description: text.optional(),
    attributes: z.record(z.string(), text).optional(),
    images: z
      .array(z.object({ url: z.string().min(1), real_shot: z.boolean().optional(), main: z.boolean().optional() }))
      .optional(),
    qualifications: z
      .object({
        sc: text.optional(),
        cosmetics_filing: text.optional(),
        cosmetics_registration: text.optional(),
        health_food: text.optional(),
        medical_device: text.optional(),
        other: text.optional(),
      })
      .optional(),
    after_sales: z
      .object({ seven_day_return: z.enum(['yes', 'exempt_statutory', 'exempt_confirmed']).optional(), reason: text.optional() })
      .optional(),
    ship_within_hours: z.number().int().min(0).max(2160).optional(),
    inserts: z.array(z.string().min(1)).optional(),
    size_chart: z.union([z.boolean(), z.string()]).optional(),
  });
}

let rowSchema: ReturnType<typeof buildRowSchema> | undefined;

/** The zod schema of a listing row, built on first use. */
export function listingRowSchema(): ReturnType<typeof buildRowSchema> {
  return (rowSchema ??= buildRowSchema((require('zod') as typeof Zod).z));
}

/** Why a row could not be checked: a `listing/input` message id and where. */
export interface RowError {
  /** Local message id of `listing/input` (`missing`, `money`...). */
  messageId: string;
  params: MessageParams;
  /** Pointer inside the listing (`/price`), or "" for the whole row. */
  pointer: string;
}

export type RowParse = { ok: true; spec: ListingSpec } | { ok: false; errors: RowError[]; sku?: string };

/** The message a bad value of each field gets (it says what a good value looks like). */
const FIELD_MESSAGES: Record<string, string> = {
  sku: 'sku',
  price: 'money',
  reference_price: 'money',
  lowest_price_7d: 'money',
  ship_within_hours: 'hours',
  'after_sales.seven_day_return': 'returnPromise',
};

/**
 * Check one row. `label` turns a field path (`price`) into what the user
 * sees: the CSV column name when there is one.
 */
export function parseListingRow(raw: unknown, label: (field: string) => string = (f) => f): RowParse {
  if (isPlainObject(raw) && isCleanListingRow(raw)) return { ok: true, spec: raw };
  const parsed = listingRowSchema().safeParse(raw);
  if (parsed.success) {
    const spec = parsed.data as ListingSpec;
    // zod's record drops an own `__proto__` key; the attributes as written are what buyers see
    if (isPlainObject(raw) && isPlainObject(raw.attributes)) spec.attributes = raw.attributes as Record<string, string>;
    return { ok: true, spec };
  }
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const input = valueAt(raw, issue.path);
    const params: MessageParams = { field: label(field) };
    let messageId: string;
    if (input === undefined || input === null || input === '') messageId = 'missing';
    else {
      messageId = FIELD_MESSAGES[field] ?? 'shape';
      params.value = preview(input);
      if (messageId === 'shape') params.expected = expectedShape(issue);
    }
    errors.push({ messageId, params, pointer: issue.path.length ? `/${issue.path.map(String).join('/')}` : '' });
  }
  const sku = (raw as { sku?: unknown } | null)?.sku;
  return typeof sku === 'string' && sku !== '' ? { ok: false, errors, sku } : { ok: false, errors };
}

function expectedShape(issue: Zod.z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'too_small') return 'non-empty';
  return issue.code;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, one-line rendering of a bad value for messages. */
export function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
