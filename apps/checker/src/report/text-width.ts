// Terminal cell widths, so a caret under CJK text or after a tab lands under
// the right characters. Columns in diagnostics count UTF-16 code units (what
// the YAML parser reports); the terminal counts cells.

/** East Asian Wide and Fullwidth blocks (Unicode UAX #11), the ones policy text uses. */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2e80, 0x303e], // CJK radicals, punctuation
  [0x3041, 0x33ff], // kana, CJK symbols
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  const char = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(char)) return 0;
  for (const [low, high] of WIDE_RANGES) {
    if (codePoint < low) break;
    if (codePoint <= high) return 2;
  }
  return EMOJI.test(char) ? 2 : 1;
}

/** Cells a string takes in a terminal (no tabs or control characters expected). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}

/**
 * Control characters would move the cursor or inject escape sequences when
 * printed; show them as Unicode control pictures (one cell each) instead.
 */
export function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
