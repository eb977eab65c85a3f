/**
 * Per-code-unit folding for term matching. One UTF-16 unit maps to exactly
 * one unit, so an offset in the folded text IS the offset in the original
 * string: findings point at the characters the seller typed (`ＮＯ．１`), not at
 * a normalised copy. Built once at module load as a 64K lookup table.
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

/**
 * Characters sellers slip between the characters of a banned phrase to dodge
 * filters (好 评 返 现, 全*网*最*低, zero-width spaces). 1: skipped anywhere
 * inside a match (zero-width, soft hyphen); 2: skipped only after a non-ASCII
 * character, so Latin words keep their spaces (`NO 1` is not `NO1`).
 */
export const TRANSPARENT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) table[c] = 1;
  for (const c of [0x20, 0x3000, 0x00a0, 0x2a, 0xff0a, 0x00b7, 0x30fb, 0x7e, 0xff5e]) table[c] = 2;
  return table;
})();

/** A term as the automaton stores it: folded, with transparent characters removed. */
export function patternOf(term: string): string {
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (TRANSPARENT[c] === 0) out += String.fromCharCode(FOLD[c]!);
  }
  return out;
}

/** Fold a term the same way text is folded (terms are short; used in compile only). */
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
