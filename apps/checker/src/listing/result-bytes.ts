// The `--format ndjson` result lines of one batch, written straight into
// UTF-8 bytes. A clean row's line is ASCII (the SKU passed the SKU pattern),
// so it is written a byte at a time with no string made; a row with findings
// is built as a string and encoded in place. The batch's bytes then cross to
// the main thread as one transferred buffer (no join, no second copy).

const ENCODER = new TextEncoder();
const MIN_CAPACITY = 64 * 1024;

export class ResultBytes {
  private bytes = new Uint8Array(MIN_CAPACITY);
  private length = 0;

  /** Make room for `n` more bytes. */
  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Text known to be ASCII (JSON punctuation, keys, a checked SKU). */
  ascii(text: string): void {
    const n = text.length;
    this.reserve(n);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** Bytes made once (asciiBytes): a constant part of every line, copied without reading a string. */
  raw(src: Uint8Array): void {
    const n = src.length;
    this.reserve(n);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < n; i++) bytes[at++] = src[i]!;
    this.length = at;
  }

  /** A number in decimal, as `String(value)` writes it; a row number or an offset is written digit by digit, with no string made. */
  int(value: number): void {
    if (!(Number.isSafeInteger(value) && value >= 0)) {
      this.ascii(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.reserve(digits);
    const bytes = this.bytes;
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    do {
      bytes[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    // a UTF-16 unit is at most 3 bytes of UTF-8
    this.reserve(text.length * 3);
    this.length += ENCODER.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** The batch's bytes, handed over (the view's buffer may be transferred); writing goes on in a fresh buffer sized like this batch. */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.length);
    this.bytes = new Uint8Array(Math.max(MIN_CAPACITY, this.length + (this.length >> 2)));
    this.length = 0;
    return out;
  }
}

/** ASCII text as bytes, for ResultBytes.raw: a copy from a byte array measured a quarter faster than from a string's char codes. */
export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
