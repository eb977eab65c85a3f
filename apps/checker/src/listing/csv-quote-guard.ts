/**
 * Keep an unbalanced quote from swallowing the rest of a CSV file.
 *
 * A quoted field may span lines (a description with line breaks), so a quote
 * left open in row 2 makes a CSV parser read every following line as part of
 * that one field, until some later quote happens to close it or the file ends:
 * rows 3-10 are never checked, and the summary says "2 listings" (issue 9,
 * hole 11). csv-parse cannot resume inside a record it gave up on, so this
 * guard runs ahead of it on the decoded text, following the RFC 4180 quote
 * rules line by line. When a record that spans lines turns out broken (its
 * closing quote is followed by something other than a comma or the line's
 * end, the file ends inside it, or it runs longer than any real field), the
 * record's first line is reported at its opening quote and handed on as a
 * blank line (csv-parse skips it but still counts it, so line numbers hold),
 * and reading resumes at the line after it, which is the next place a record
 * can start. A broken record on one line is left to csv-parse, which reports
 * it and loses nothing else.
 */

/** A record the guard took out: 1-based line and column of its opening quote. */
export interface BrokenRecord {
  line: number;
  column: number;
  detail: string;
}

/** Longest quoted field the guard lets span lines: a runaway quote, not a description, beyond. */
export const MAX_FIELD_LINES = 1000;
export const MAX_FIELD_CHARS = 16 * 1024 * 1024;

interface Line {
  /** The line with its line break (the last line of a file may have none). */
  text: string;
  no: number;
}

type Scan = { kind: 'complete' } | { kind: 'open' } | { kind: 'bad' };

export async function* guardQuotes(chunks: AsyncIterable<string>, onBroken: (broken: BrokenRecord) => void): AsyncGenerator<string> {
  const guard = new QuoteGuard(onBroken);
  let partial = '';
  let no = 0;
  for await (const chunk of chunks) {
    partial += chunk;
    let start = 0;
    const out: string[] = [];
    for (let end = partial.indexOf('\n'); end >= 0; end = partial.indexOf('\n', start)) {
      guard.push({ text: partial.slice(start, end + 1), no: ++no }, out);
      start = end + 1;
    }
    partial = partial.slice(start);
    if (out.length > 0) yield out.join('');
  }
  const out: string[] = [];
  if (partial !== '') guard.push({ text: partial, no: ++no }, out);
  guard.end(out);
  if (out.length > 0) yield out.join('');
}

class QuoteGuard {
  /** Lines of a record whose quoted field is still open, held back until it closes. */
  private pending: Line[] = [];
  private pendingChars = 0;
  private open: { line: number; column: number } | undefined;

  constructor(private readonly onBroken: (broken: BrokenRecord) => void) {}

  push(first: Line, out: string[]): void {
    // lines to look at, in order; a broken record puts its own lines back here
    const work: Line[] = [first];
    while (work.length > 0) {
      const line = work.shift()!;
      const scan = this.scan(line);
      if (scan.kind === 'open') {
        this.pending.push(line);
        this.pendingChars += line.text.length;
        if (this.pending.length > MAX_FIELD_LINES || this.pendingChars > MAX_FIELD_CHARS) {
          work.unshift(...this.fail(`a quoted field opened here runs over ${MAX_FIELD_LINES} lines or ${MAX_FIELD_CHARS} characters without closing`, out));
        }
        continue;
      }
      if (scan.kind === 'bad' && this.pending.length > 0) {
        this.pending.push(line);
        work.unshift(...this.fail(`the quote opened here does not close where a field ends: read up to line ${line.no}, it makes no record of the header's fields`, out));
        continue;
      }
      // a complete record, or one broken within one line (csv-parse reports that)
      for (const held of this.pending) out.push(held.text);
      out.push(line.text);
      this.reset();
    }
  }

  /** End of input: a quote still open never closed. */
  end(out: string[]): void {
    while (this.pending.length > 0) {
      const replay = this.fail('the quote opened here is never closed before the end of the file', out);
      for (const line of replay) this.push(line, out);
    }
  }

  /**
   * Report the held record at its opening quote, hand on a blank line in
   * place of its first line, and return the lines after it to read again.
   */
  private fail(detail: string, out: string[]): Line[] {
    const [first, ...rest] = this.pending;
    this.onBroken({ line: this.open!.line, column: this.open!.column, detail });
    out.push(first!.text.endsWith('\r\n') ? '\r\n' : first!.text.endsWith('\n') ? '\n' : '');
    this.reset();
    return rest;
  }

  private reset(): void {
    this.pending = [];
    this.pendingChars = 0;
    this.open = undefined;
    this.inQuote = false;
    this.fields = 1;
  }

  private inQuote = false;
  /** Fields of the record being read so far, and of the header (the first record). */
  private fields = 1;
  private header: number | undefined;

  /** Follow the quotes of one line from the state the previous lines left. */
  private scan(line: Line): Scan {
    const text = line.text;
    const end = text.endsWith('\r\n') ? text.length - 2 : text.endsWith('\n') ? text.length - 1 : text.length;
    let fieldStart = !this.inQuote;
    for (let i = 0; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (this.inQuote) {
        if (ch !== 0x22) continue;
        if (text.charCodeAt(i + 1) === 0x22) {
          i++; // "" is an escaped quote
          continue;
        }
        if (i + 1 === end || text.charCodeAt(i + 1) === 0x2c) {
          this.inQuote = false;
          fieldStart = false;
          continue;
        }
        return { kind: 'bad' };
      }
      if (ch === 0x2c) {
        fieldStart = true;
        this.fields++;
      } else if (ch === 0x22 && fieldStart) {
        this.inQuote = true;
        if (this.pending.length === 0) this.open = { line: line.no, column: columnOf(text, i) };
        fieldStart = false;
      } else if (ch === 0x22) {
        // a quote inside an unquoted field: csv-parse refuses the record
        return { kind: 'bad' };
      } else fieldStart = false;
    }
    if (this.inQuote) return { kind: 'open' };
    // the header's field count is every record's: a record that spans lines
    // with another count was put together from pieces of several
    this.header ??= this.fields;
    if (this.pending.length > 0 && this.fields !== this.header) return { kind: 'bad' };
    return { kind: 'complete' };
  }
}

/** 1-based column of UTF-16 offset `i`, in characters as a reader counts them. */
function columnOf(text: string, i: number): number {
  let column = 1;
  for (let at = 0; at < i; at++) {
    const code = text.charCodeAt(at);
    // the second half of a surrogate pair is not a column of its own
    if (code < 0xdc00 || code > 0xdfff) column++;
  }
  return column;
}
