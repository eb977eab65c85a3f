import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '@storepolicy/schema';
import { locateInString } from '../../src/listing/locate.js';

type Style = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL';

/** A document `spec: {title: <value in style>}`, loaded back with positions. */
function load(value: string, style: Style) {
  const presented =
    style === 'PLAIN' ? value
    : style === 'QUOTE_DOUBLE' ? JSON.stringify(value) // a JSON string is a valid YAML double-quoted scalar
    : style === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'`
    : `|\n${value.split('\n').filter((l, i, all) => i < all.length - 1 || l !== '').map((l) => `    ${l}`).join('\n')}`;
  const text = `spec:\n  title: ${presented}\n`;
  const { documents } = loadYaml('t.yaml', text);
  return { doc: documents[0]!, lines: text.split('\n') };
}

/** The characters a span covers, read back from the source lines. */
function covered(lines: string[], span: { line: number; column: number; endLine: number; endColumn: number }): string {
  if (span.line !== span.endLine) return '<multi-line>';
  return lines[span.line - 1]!.slice(span.column - 1, span.endColumn - 1);
}

describe('offsets inside YAML scalars', () => {
  it.each<[Style, string]>([
    ['PLAIN', '夏季 全网最低 连衣裙'],
    ['QUOTE_DOUBLE', '夏季: 全网最低 "连衣裙"'],
    ['QUOTE_SINGLE', "It's 全网最低 连衣裙"],
    ['BLOCK_LITERAL', '第一行\n夏季 全网最低 连衣裙\n'],
  ])('%s: the span covers exactly the term', (style, value) => {
    const { doc, lines } = load(value, style);
    const start = value.indexOf('全网最低');
    const span = locateInString(doc, '/spec/title', start, start + 4);
    expect(covered(lines, span)).toBe('全网最低');
  });

  it('maps through escapes in double-quoted scalars', () => {
    const text = 'spec:\n  title: "\\t\\u4e2d\\u6587 最好"\n';
    const { documents } = loadYaml('t.yaml', text);
    // value: "\t中文 最好": 最好 is at offsets 4-6
    const span = locateInString(documents[0]!, '/spec/title', 4, 6);
    expect(covered(text.split('\n'), span)).toBe('最好');
  });

  it('maps through folded lines of a multi-line plain scalar', () => {
    const text = 'spec:\n  title: 第一行\n    第二行 最好\n';
    const { documents } = loadYaml('t.yaml', text);
    // value: "第一行 第二行 最好"
    const span = locateInString(documents[0]!, '/spec/title', 8, 10);
    expect(span).toMatchObject({ line: 3, column: 9, endLine: 3, endColumn: 11 });
  });

  it('round-trips every single-line span for any text and style', () => {
    const chars = fc.constantFrom('a', 'B', '中', '文', ' ', '"', "'", '\\', ':', '#', '最', '好', '．');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 20 }).map((c) => c.join('').trim()).filter((v) => v.length > 0),
        fc.constantFrom<Style>('QUOTE_DOUBLE', 'QUOTE_SINGLE'), fc.nat(), fc.nat(), (value, style, a, b) => {
          const start = a % value.length;
          const end = start + 1 + (b % (value.length - start));
          const { doc, lines } = load(value, style);
          const span = locateInString(doc, '/spec/title', start, end);
          const raw = covered(lines, span);
          // Undo the quoting of the covered raw text: it must be the value's slice.
          const unquoted = style === 'QUOTE_SINGLE' ? raw.replace(/''/g, "'") : JSON.parse(`"${raw}"`);
          expect(unquoted).toBe(value.slice(start, end));
        }),
      { numRuns: 300 },
    );
  });
});
