import { buildMessageCatalog, compileListingPolicy, listingCheckerFor } from '@storepolicy/engine';
import { docsPathFor, interpolate, type ListingSpec } from '@storepolicy/schema';
import { loadStore as loadListingStore } from '../listing/store.js';
import type { TextFinding } from '@storepolicy/console';
import type { ListingBody } from './bodies.js';
import type { StoreEntry } from './stores.js';

/** The fields a pasted listing has; other rules (images, size chart, licence, after-sales) need the full listing. */
const FIELDS = new Map<string, TextFinding['field']>([
  ['/title', 'title'],
  ['/description', 'description'],
]);

/**
 * The field a finding of the paste belongs to, if the paste can answer it. A
 * category the store does not have is listing/unknown-category, as in check
 * listing (SPEC 9); the category's other findings ask for fields not pasted.
 */
const fieldOf = (f: { code: string; pointer: string }): TextFinding['field'] | undefined =>
  f.code === 'listing/unknown-category' ? 'category' : FIELDS.get(f.pointer);

/**
 * `check listing` on pasted text: the store is loaded by the command's own
 * loader (which refuses a store whose policies or law baseline do not load),
 * the engine's listing checker reads the title and description, and each
 * finding keeps its character offsets so the page can mark them in the text.
 */
export function runListingCheck(entry: StoreEntry, body: ListingBody): { findings: TextFinding[]; category: string; categories: string[] } {
  const store = loadListingStore(entry.dir, entry.id, body.lang);
  const categories = (store.bundle.store?.value.spec.categories ?? []).map((c) => c.id);
  const category = body.category ?? categories[0] ?? 'general';
  const checker = listingCheckerFor(compileListingPolicy(store.bundle));
  const spec = { sku: 'console-paste', category, title: body.title, description: body.description } as unknown as ListingSpec;
  const messages = buildMessageCatalog();
  const findings = checker
    .check(spec)
    .filter((f) => fieldOf(f) !== undefined)
    .map((f) => {
      const entry = messages[f.messageId];
      const message = entry ? interpolate(entry.message[body.lang], f.params) : f.messageId;
      const hint = entry?.hint ? interpolate(entry.hint[body.lang], f.params) : undefined;
      return {
        code: f.code,
        severity: f.severity,
        field: fieldOf(f)!,
        ...(f.start === undefined ? {} : { start: f.start, end: f.end ?? f.start }),
        message,
        ...(hint ? { hint } : {}),
        docs: docsPathFor(f.code),
      } satisfies TextFinding;
    });
  return { findings, category, categories };
}
