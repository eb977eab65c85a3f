import type { Span } from '@storepolicy/schema';
import { palette } from './colors.js';
import { codePointWidth } from './text-width.js';

export interface CodeFrameOptions {
  /** Lines shown above and below the offending line. */
  context?: number;
  tabWidth?: number;
  /** Longer lines are cut to a window around the caret. */
  maxWidth?: number;
  color?: boolean;
  /** Paints the caret (the severity's colour). */
  paintCaret?: (text: string) => string;
}

/** One source line laid out in terminal cells. */
interface LaidOut {
  text: string;
  /** Cell where the character starting at each UTF-16 index begins; one extra entry for end of line. */
  cellAt: number[];
  /** Per printed character: its text and first cell, for windowing. */
  pieces: Array<{ text: string; cell: number; width: number }>;
  width: number;
}

/**
 * A code frame like Babel's: the offending line with its line number, a caret
 * under the span (first line only), and `context` lines either side. Tabs are
 * expanded and CJK characters count two cells, so the caret sits under the
 * characters the diagnostic's columns (UTF-16 units) name.
 */
export function codeFrame(source: string, span: Span, options: CodeFrameOptions = {}): string[] {
  const context = options.context ?? 2;
  const tabWidth = options.tabWidth ?? 4;
  const maxWidth = options.maxWidth ?? 120;
  const paint = palette(options.color ?? false);
  const paintCaret = options.paintCaret ?? paint.red;
  const lines = source.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // the empty "line" after a final newline is not worth a row, unless it is the one pointed at
  if (lines.length > span.line && lines.at(-1) === '') lines.pop();
  if (span.line < 1 || span.line > lines.length) return [];
  const first = Math.max(1, span.line - context);
  const last = Math.min(lines.length, span.line + context);
  const gutterWidth = String(last).length;

  const target = layOut(lines[span.line - 1]!, tabWidth);
  const startCell = cellOf(target, span.column);
  const endCell = span.endLine === span.line ? cellOf(target, span.endColumn) : target.width;
  const caretWidth = Math.max(1, endCell - startCell);
  // Lines wider than the terminal are shown as a window that keeps the caret in view.
  const windowStart = target.width > maxWidth ? Math.max(0, Math.min(startCell - 20, target.width - maxWidth)) : 0;

  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const laidOut = number === span.line ? target : layOut(lines[number - 1]!, tabWidth);
    const text = windowed(laidOut, windowStart, maxWidth);
    const marker = number === span.line ? '>' : ' ';
    const gutter = `${marker} ${String(number).padStart(gutterWidth)} |`;
    out.push(`${number === span.line ? paint.bold(gutter) : paint.dim(gutter)}${text === '' ? '' : ` ${text}`}`);
    if (number === span.line) {
      const lead = ' '.repeat(Math.max(0, startCell - windowStart) + (windowStart > 0 ? 1 : 0));
      const caret = '^'.repeat(Math.min(caretWidth, maxWidth));
      out.push(`${paint.dim(`  ${' '.repeat(gutterWidth)} |`)} ${lead}${paintCaret(caret)}`);
    }
  }
  return out;
}

function layOut(line: string, tabWidth: number): LaidOut {
  const cellAt: number[] = [];
  const pieces: LaidOut['pieces'] = [];
  let cell = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    let text = char;
    let width: number;
    if (char === '\t') {
      width = tabWidth - (cell % tabWidth);
      text = ' '.repeat(width);
    } else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
      // never print raw control characters: they would move the cursor
      text = code < 0x20 ? String.fromCharCode(0x2400 + code) : '\ufffd';
      width = 1;
    } else {
      width = codePointWidth(code);
    }
    for (let unit = 0; unit < char.length; unit++) cellAt.push(cell);
    pieces.push({ text, cell, width });
    cell += width;
  }
  cellAt.push(cell);
  return { text: pieces.map((p) => p.text).join(''), cellAt, pieces, width: cell };
}

/** Column (1-based UTF-16 units) -> cell; columns past the end sit just after the line. */
function cellOf(line: LaidOut, column: number): number {
  const index = Math.max(0, column - 1);
  return index < line.cellAt.length ? line.cellAt[index]! : line.width + (index - (line.cellAt.length - 1));
}

function windowed(line: LaidOut, start: number, maxWidth: number): string {
  if (line.width <= maxWidth && start === 0) return line.text;
  const end = start + maxWidth;
  const shown = line.pieces.filter((p) => p.cell >= start && p.cell + p.width <= end);
  // a wide character cut by the window edge leaves a blank cell, keeping the caret aligned
  const pad = shown.length > 0 ? ' '.repeat(shown[0]!.cell - start) : '';
  const visible = pad + shown.map((p) => p.text).join('');
  return `${start > 0 ? '…' : ''}${visible}${line.width > end ? '…' : ''}`;
}
