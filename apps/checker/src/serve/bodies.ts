// Request bodies of the console's API: parsed by zod at this program
// boundary. Policy documents themselves travel as YAML text and are judged
// by the schema package and the engine, never described a second time here.
import { z } from 'zod';

/** Largest export the page may drop: its base64 (4/3 of it) stays inside the 4 MB body limit. Bigger catalogues: `check listing`. */
export const FILE_LIMIT = 2 * 1024 * 1024;

/** zod's words for the shapes below; serve/messages.ts says them again in the page's language (bodyDetail). */
export const BODY_TEXT = {
  storeId: 'a store id (lower-case letters, digits, - and _)',
  proposalName: 'a proposal name (lower-case letters, digits, - and _; no path)',
  now: 'an ISO time with offset, e.g. 2026-11-01T09:00:00+08:00',
  fileName: 'a file name ending in .csv, .ndjson, .jsonl or .json (no folders)',
  base64: 'the file content in base64',
  fileSize: `a file of at most ${FILE_LIMIT / 1024 / 1024} MB; check a bigger export with \`storepolicy check listing\``,
} as const;

const storeId = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, BODY_TEXT.storeId);
/** A proposal's file name: the same shape as a document id, so it can never name a path. */
export const proposalName = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, BODY_TEXT.proposalName);
const lang = z.enum(['en', 'zh']);
const now = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, BODY_TEXT.now)
  .optional();
/** A proposal's YAML, bounded well below the 4 MB file limit of the loader. */
const yamlText = z.string().max(512 * 1024);

export const dryRunBody = z.strictObject({
  store: storeId,
  name: proposalName.default('draft'),
  yaml: yamlText,
  now,
  lang: lang.default('en'),
});
export type DryRunBody = z.output<typeof dryRunBody>;

export const explainBody = dryRunBody.extend({
  sku: z.string().min(1).max(200),
  tier: z.string().min(1).max(64),
});
export type ExplainBody = z.output<typeof explainBody>;

export const saveBody = z.strictObject({
  store: storeId,
  name: proposalName,
  yaml: yamlText,
  overwrite: z.boolean().default(false),
  lang: lang.default('en'),
});
export type SaveBody = z.output<typeof saveBody>;

export const listingBody = z.strictObject({
  store: storeId,
  title: z.string().max(10_000).default(''),
  description: z.string().max(200_000).default(''),
  category: z.string().max(64).optional(),
  lang: lang.default('en'),
});
export type ListingBody = z.output<typeof listingBody>;

/** A dropped CSV/NDJSON export: its name (which says the format), encoding and bytes in base64 (JSON bodies only, see security.ts). */
export const listingFileBody = z.strictObject({
  store: storeId,
  file: z
    .string()
    .max(255)
    .regex(/^[^/\\\u0000]+\.(csv|ndjson|jsonl|json)$/i, BODY_TEXT.fileName),
  encoding: z.enum(['utf8', 'gb18030', 'gbk']).default('utf8'),
  content: z
    .base64(BODY_TEXT.base64)
    .max(Math.ceil(FILE_LIMIT / 3) * 4, BODY_TEXT.fileSize),
  now,
  lang: lang.default('en'),
});
export type ListingFileBody = z.output<typeof listingFileBody>;
