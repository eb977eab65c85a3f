// Terminal cells per code point, from East Asian Width (get-east-asian-width,
// the table string-width itself reads). Apart from text-width.ts so `--help`
// can measure its columns without loading string-width, whose start (an
// Intl.Segmenter and its emoji expressions) costs about 20 ms of CPU: text we
// write ourselves has no emoji sequences nor combining marks, so a sum over
// code points is its width (test/cli/help-zh.test.ts compares with string-width).
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** One code point's cells (East Asian Width from get-east-asian-width, as string-width counts them). */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  const char = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(codePoint) === 2 || EMOJI.test(char) ? 2 : 1;
}

/** Cells of text we wrote (help, labels): printable ASCII is one cell a character, the rest by code point. */
export function plainTextWidth(text: string): number {
  if (/^[\u0020-\u007e]*$/.test(text)) return text.length;
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}
