import { buildMessageCatalog, compileListingPolicy, listingCheckerFor, listingChecksNotRun } from '@storepolicy/engine';
import { docsPathFor, localize, type Lang } from '@storepolicy/schema';
import { parseWaiverMaxDays } from '../commands/validate.run.js';
import { UsageError } from '../exit.js';
import { serveMessages as m } from './messages.js';
import { waiverPaths } from '../io/repo-root.js';
import type { RowResult } from '../listing/batch.js';
import { runBulk } from '../listing/bulk.js';
import { fieldName } from '../listing/row-finding.js';
import { rowFindingToDiagnostic } from '../listing/row-report.js';
import { ListingWaivers } from '../listing/listing-waivers.js';
import { loadStore as loadListingStore } from '../listing/store.js';
import type { FileAnswer, FileFinding, FileRow } from '@storepolicy/console';
import type { ListingFileBody } from './bodies.js';
import type { StoreEntry } from './stores.js';

/** Rows with findings sent to the page; the counts cover every row (the CLI is the way to read them all). */
export const MAX_ROWS_SHOWN = 1000;




/** A NUL byte is never in CSV or NDJSON text (UTF-8 or GB18030): the file is binary (an .xlsx, an image). */
function refuseBinary(bytes: Uint8Array, file: string): void {
  const at = bytes.subarray(0, 64 * 1024).indexOf(0);
  if (at < 0) return;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  throw new UsageError(m.binary({ file, at, zip }));
}

/**
 * `check listing` on a dropped CSV or NDJSON export: the store comes from the
 * command's own loader (which refuses a store without its law baseline), the
 * rows go through the command's own bulk reader and row checker (the same CSV
 * reader with its encodings and header names, the same NDJSON reader), only
 * from memory instead of from a path. The store's waivers apply as to rows on
 * stdin: by SKU and field, never by file (the drop is no repository file).
 */
export async function runListingFile(entry: StoreEntry, body: ListingFileBody, bytes: Uint8Array): Promise<FileAnswer> {
  refuseBinary(bytes, body.file);
  const format = /\.csv$/i.test(body.file) ? 'csv' : 'ndjson';
  const store = loadListingStore(entry.dir, entry.id, body.lang);
  const policy = compileListingPolicy(store.bundle);
  const catalog = buildMessageCatalog();
  const now = body.now ? new Date(body.now) : new Date();
  const waivers = new ListingWaivers(store.bundle, now, { maxDays: parseWaiverMaxDays(undefined), ...waiverPaths() });
  const rows: FileRow[] = [];
  let rowsNotShown = 0;
  const notChecked: FileAnswer['notChecked'] = [];
  const totals = await runBulk({
    inputs: [{ kind: format, file: body.file, size: bytes.length, content: bytes }],
    portablePolicy: () => {
      throw new Error('the console checks a dropped file on its own thread');
    },
    checker: () => listingCheckerFor(policy),
    catalog,
    lang: body.lang,
    failOn: 'error',
    ndjson: false,
    encoding: body.encoding,
    columns: {},
    // a few MB at most: thread start-up would cost more than it saves
    jobs: 0,
    writesToFile: true,
    positions: true,
    ...(waivers.size > 0 ? { waiversFor: () => waivers.forFile('<stdin>') } : {}),
    onUncheckedColumns(_file, columns) {
      for (const c of columns) notChecked.push({ header: c.header, line: c.line, column: c.column });
    },
    onRows(file, result) {
      for (const row of result.rows ?? []) {
        if (rows.length < MAX_ROWS_SHOWN) rows.push(shapeRow(file, row, catalog, body.lang));
        else rowsNotShown++;
      }
    },
  });
  waivers.addMatched(totals.waiversMatched);
  const own = [...listingChecksNotRun(store.bundle), ...waivers.findings()].map((d) => {
    const shown = localize(d, catalog, body.lang);
    return { code: d.code, severity: d.severity, message: shown.message, file: d.file, line: d.line, column: d.column };
  });
  return {
    file: body.file,
    format,
    listings: totals.listings,
    failing: totals.failing,
    unreadable: totals.unreadable ?? 0,
    rows,
    rowsNotShown,
    notChecked,
    store: own,
  };
}

function shapeRow(file: string, row: RowResult, catalog: ReturnType<typeof buildMessageCatalog>, lang: Lang): FileRow {
  const findings = row.findings.map((f) => {
    // the report's own diagnostic of the finding (its line and column in the file), worded in the page's language
    const diagnostic = rowFindingToDiagnostic(file, row, f);
    const shown = localize(diagnostic, catalog, lang);
    const out: FileFinding = {
      code: f.code,
      severity: f.severity,
      field: fieldName(f.pointer),
      message: shown.message,
      docs: docsPathFor(f.code),
      line: diagnostic.line,
      column: diagnostic.column,
    };
    if (shown.hint) out.hint = shown.hint;
    if (f.excerpt) out.excerpt = f.excerpt;
    if (f.waivedBy) out.waivedBy = f.waivedBy;
    return out;
  });
  return row.sku === undefined ? { row: row.row, line: row.line, findings } : { row: row.row, line: row.line, sku: row.sku, findings };
}
