import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/report/code-frame.js';
import { displayWidth } from '../../src/report/text-width.js';

const span = (line: number, column: number, endColumn: number, endLine = line) => ({ line, column, endLine, endColumn });

/** Cell where the caret row's first `^` sits, relative to the start of the code text. */
function caretCells(frame: string[]): { start: number; width: number } {
  const row = frame.find((l) => /^\s+\|\s*\^/.test(l) || /\|\s+\^/.test(l))!;
  const afterBar = row.slice(row.indexOf('|') + 2);
  const start = afterBar.indexOf('^');
  return { start: displayWidth(afterBar.slice(0, start)), width: afterBar.length - start };
}

/** The code text of the marked line, as displayed. */
function markedLine(frame: string[]): string {
  const row = frame.find((l) => l.startsWith('>'))!;
  return row.slice(row.indexOf('|') + 2);
}

function underlined(frame: string[]): string {
  const line = markedLine(frame);
  const { start, width } = caretCells(frame);
  // walk the displayed text by cells to find what sits above the caret
  let cell = 0;
  let out = '';
  for (const char of line) {
    const w = displayWidth(char);
    if (cell >= start && cell + w <= start + width) out += char;
    cell += w;
  }
  return out;
}

describe('codeFrame', () => {
  it('shows two lines of context either side with line numbers and marks the offending line', () => {
    const source = ['a: 1', 'b: 2', 'c: 3', 'd: 4', 'e: 5', 'f: 6', 'g: 7'].join('\n');
    const frame = codeFrame(source, span(4, 4, 5));
    expect(frame).toEqual([
      '  2 | b: 2',
      '  3 | c: 3',
      '> 4 | d: 4',
      '    |    ^',
      '  5 | e: 5',
      '  6 | f: 6',
    ]);
  });

  it('clips context at the start and end of the file', () => {
    expect(codeFrame('x: 1\ny: 2', span(1, 1, 2))).toEqual(['> 1 | x: 1', '    | ^', '  2 | y: 2']);
  });

  it('places the caret under CJK (double-width) characters', () => {
    const line = '  zh: 会员日 sale 大促';
    const column = line.indexOf('大促') + 1;
    const frame = codeFrame(`name:\n${line}\n`, span(2, column, column + 2));
    expect(underlined(frame)).toBe('大促');
    expect(caretCells(frame).width).toBe(4);
    // literal layout: "  zh: " (6 cells) + 会员日 (6) + " sale " (6) = 18 cells before 大促
    expect(frame[frame.indexOf(`> 2 | ${line}`) + 1]).toBe(`    | ${' '.repeat(18)}^^^^`);
  });

  it('places the caret after a CJK key correctly', () => {
    const frame = codeFrame('标题: 12', span(1, 5, 7));
    expect(underlined(frame)).toBe('12');
  });

  it('expands tabs so the caret stays under the right characters', () => {
    const frame = codeFrame('key:\t\tvalue # note', span(1, 7, 12));
    expect(markedLine(frame)).not.toContain('\t');
    expect(underlined(frame)).toBe('value');
    // tab stops every 4 cells: "key:" ends at cell 4, the tabs reach 8 then 12
    expect(frame).toEqual([`> 1 | key:${' '.repeat(8)}value # note`, `    | ${' '.repeat(12)}^^^^^`]);
  });

  it('counts an astral character as two UTF-16 columns', () => {
    // 𠮷 is one code point, two UTF-16 units, two cells
    const frame = codeFrame('a: 𠮷x', span(1, 6, 7));
    expect(underlined(frame)).toBe('x');
  });

  it('underlines to the end of the first line for a multi-line span', () => {
    const frame = codeFrame('tiers:\n  - a\n  - b\n', span(1, 1, 4, 3));
    expect(underlined(frame)).toBe('tiers:');
  });

  it('draws at least one caret for an empty span and past the end of the line', () => {
    expect(caretCells(codeFrame('abc', span(1, 4, 4)))).toEqual({ start: 3, width: 1 });
  });

  it('handles CRLF line endings', () => {
    const frame = codeFrame('a: 1\r\nb: 2\r\n', span(2, 4, 5));
    expect(markedLine(frame)).toBe('b: 2');
    expect(underlined(frame)).toBe('2');
  });

  it('never prints raw control characters from the source', () => {
    const frame = codeFrame('a: "\u001b[31mred"', span(1, 4, 5));
    expect(frame.join('\n')).not.toContain('\u001b');
    expect(markedLine(frame)).toContain('\u241b');
  });

  it('windows a very long line around the caret', () => {
    const long = `key: ${'x'.repeat(500)}TARGET${'y'.repeat(500)}`;
    const column = long.indexOf('TARGET') + 1;
    const frame = codeFrame(long, span(1, column, column + 6), { maxWidth: 80 });
    expect(displayWidth(markedLine(frame))).toBeLessThanOrEqual(82);
    expect(underlined(frame)).toBe('TARGET');
  });

  it('shows no empty row for the final newline, unless it is the line pointed at', () => {
    expect(codeFrame('a: 1\nb: 2\n', span(2, 4, 5)).at(-1)).toBe('    |    ^');
    expect(codeFrame('a: 1\nb: 2\n', span(3, 1, 1))).toEqual(['  1 | a: 1', '  2 | b: 2', '> 3 |', '    | ^']);
  });

  it('returns nothing for a line outside the file', () => {
    expect(codeFrame('a: 1', span(9, 1, 2))).toEqual([]);
  });

  it('colours only when asked', () => {
    expect(codeFrame('a: 1', span(1, 4, 5)).join('')).not.toMatch(/\u001b/);
    expect(codeFrame('a: 1', span(1, 4, 5), { color: true }).join('')).toMatch(/\u001b\[/);
  });
});
