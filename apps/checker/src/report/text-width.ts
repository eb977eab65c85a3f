// Terminal cell widths, so a caret under CJK text or after a tab lands under
// the right characters. Columns in diagnostics count UTF-16 code units (what
// the YAML parser reports); the terminal counts cells, which string-width
// (a maintained implementation of Unicode's East Asian Width) tells.
import stringWidth from 'string-width';

export { codePointWidth } from './cell-width.js';

/** Cells a string takes in a terminal (string-width: East Asian Width, emoji, combining marks, ANSI codes). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `padEnd` by terminal cells, so columns of Chinese text line up. */
export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `padStart` by terminal cells. */
export function padStartWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
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
