/**
 * Width and Latin case folding, one UTF-16 unit to one: for comparing names
 * (insert kinds, law terms against store terms) and licence numbers. Text
 * matched against terms and scanned for contact details is read through the
 * fuller tables of read-as-buyer.ts.
 */
export const FOLD: Uint16Array = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  // Full-width ASCII (！ to ～) -> ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[0x3000] = 0x20; // ideographic space
  table[0x3002] = 0x2e; // 。 is not a full stop inside NO。1 disguises, but folding it keeps `NO。1` caught
  // Latin letters: case-insensitive.
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0 + 0x20;
  return table;
}

/** Fold a name the way `FOLD` does (names are short; used in compile only). */
export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(FOLD[text.charCodeAt(i)]!);
  return out;
}

/** ASCII letter or digit after folding: used for word boundaries of Latin terms (`NO.1` is not in `NO.12`). */
export function isAsciiAlnum(folded: number): boolean {
  return (folded >= 0x30 && folded <= 0x39) || (folded >= 0x61 && folded <= 0x7a);
}

/**
 * Display width as the platforms count it: CJK ideographs, kana, hangul,
 * full-width forms and CJK punctuation count 2; everything else 1. A
 * surrogate pair (emoji) counts 2 once.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      width += 2;
      i++;
    } else if (isWide(c)) width += 2;
    else width += 1;
  }
  return width;
}

/** UTF-16 offset where the width first exceeds `max`, or -1 when it never does. */
export function overflowOffset(text: string, max: number): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff;
    width += pair || isWide(c) ? 2 : 1;
    if (width > max) return i;
    if (pair) i++;
  }
  return -1;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
