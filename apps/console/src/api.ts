// The shapes the console's API answers with: written once, used by the server
// (apps/checker/src/serve, which builds them) and by the page (ui/, which
// reads them), so the two cannot drift apart. Types only: nothing here runs.

/**
 * Every answer other than 200 (400, 403, 404, 409, 413, 415, 421, 422, 500).
 * `error` is one line in the page's language: the page sends its language in
 * the `Accept-Language` header of each request (`zh…` is Chinese, anything
 * else English); a `?lang=en|zh` query parameter wins over the header. Parts
 * the user typed or a library wrote (file names, option names, a schema's
 * field message) stay as they are.
 */
export interface ErrorAnswer {
  error: string;
}

/** A promotion of the calendar page (approved or proposed), with its findings. */
export interface CalendarItem {
  id: string;
  file: string;
  line: number;
  type: string;
  cls: string;
  status: 'approved' | 'proposed';
  start: number;
  end: number;
  scope: { all: boolean; categories: string[]; skus: string[] };
  event?: string;
  findings: { code: string; severity: string; message: string; hint?: string; line: number; column: number; file: string }[];
}

/** A finding of a pasted title or description (at its characters), or of the chosen category. */
export interface TextFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  field: 'title' | 'description' | 'category';
  start?: number;
  end?: number;
  message: string;
  hint?: string;
  docs: string;
}

/** A finding of a row of a dropped export. */
export interface FileFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** `title`, `attributes.材质`; empty for a finding about the row itself. */
  field: string;
  message: string;
  hint?: string;
  docs: string;
  /** Where the characters are in the file (1-based, as `check listing --format json` says). */
  line: number;
  column: number;
  /** Up to 24 characters either side of the matched text, and where the match is in it. */
  excerpt?: { text: string; start: number; end: number };
  waivedBy?: { file: string; reason: string; expires: string };
}

export interface FileRow {
  row: number;
  line: number;
  sku?: string;
  findings: FileFinding[];
}

/** The answer to a dropped CSV/NDJSON export. */
export interface FileAnswer {
  file: string;
  format: 'csv' | 'ndjson';
  listings: number;
  failing: number;
  unreadable: number;
  rows: FileRow[];
  /** Rows with findings beyond the server's MAX_ROWS_SHOWN, counted but not sent. */
  rowsNotShown: number;
  /** CSV columns nobody reads (`listing/unchecked-column`): named, never silently skipped. */
  notChecked: { header: string; line: number; column: number }[];
  /** Checks the store's policies cannot feed, and the waivers' own findings, as `check listing` reports them. */
  store: { code: string; severity: string; message: string; file: string; line: number; column: number }[];
}
