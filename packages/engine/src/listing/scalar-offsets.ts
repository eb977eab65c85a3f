/**
 * Map offsets inside a YAML string value back to offsets in the source text,
 * through the scalar's presentation: quotes, escapes (`\u4e2d`, `''`), line
 * folding of multi-line plain and quoted scalars, and block scalars (`|`, `>`)
 * with their indentation. Returns [rawStart, rawEnd] or undefined when the
 * node's style is not recognised (the caller then points at the whole value).
 */
export function mapScalarOffsets(source: string, nodeStart: number, start: number, end: number): [number, number] | undefined {
  const first = source.charCodeAt(nodeStart);
  if (first === 0x7c || first === 0x3e) return walkBlock(source, nodeStart, start, end);
  if (first === 0x22) return walkFlow(source, nodeStart + 1, start, end, 'double');
  if (first === 0x27) return walkFlow(source, nodeStart + 1, start, end, 'single');
  return walkFlow(source, nodeStart, start, end, 'plain');
}

type Style = 'double' | 'single' | 'plain';

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function walkFlow(source: string, from: number, start: number, end: number, style: Style): [number, number] | undefined {
  let ri = from;
  let vi = 0;
  let rawStart = -1;
  const n = source.length;
  while (ri <= n) {
    if (rawStart < 0 && vi >= start) rawStart = ri;
    if (rawStart >= 0 && vi >= end) return [rawStart, ri];
    if (ri === n) break;
    const c = source.charCodeAt(ri);
    if ((style === 'double' && c === 0x22) || (style === 'single' && c === 0x27 && source.charCodeAt(ri + 1) !== 0x27)) break;
    if (style === 'single' && c === 0x27) {
      ri += 2; // '' is one quote
      vi += 1;
      continue;
    }
    if (style === 'double' && c === 0x5c) {
      const e = source.charCodeAt(ri + 1);
      if (e === 0x0a || e === 0x0d) {
        ri = skipLineBreakAndIndent(source, ri + 1); // escaped line break: joins lines with nothing
        continue;
      }
      const width = e === 0x78 ? 4 : e === 0x75 ? 6 : e === 0x55 ? 10 : 2;
      vi += e === 0x55 && parseInt(source.slice(ri + 2, ri + 10), 16) > 0xffff ? 2 : 1;
      ri += width;
      continue;
    }
    if (isWs(c) || c === 0x0a || c === 0x0d) {
      // A run of white space: if it contains a line break it is folded.
      let j = ri;
      let breaks = 0;
      while (j < n) {
        const d = source.charCodeAt(j);
        if (d === 0x0a) breaks++;
        else if (!isWs(d) && d !== 0x0d) break;
        j++;
      }
      if (breaks === 0) {
        ri += 1;
        vi += 1;
      } else {
        vi += breaks === 1 ? 1 : breaks - 1;
        ri = j;
      }
      continue;
    }
    ri += 1;
    vi += 1;
  }
  if (rawStart >= 0) return [rawStart, ri];
  return undefined;
}

function skipLineBreakAndIndent(source: string, at: number): number {
  let i = at;
  if (source.charCodeAt(i) === 0x0d) i++;
  if (source.charCodeAt(i) === 0x0a) i++;
  while (i < source.length && isWs(source.charCodeAt(i))) i++;
  return i;
}

/** `|` and `>` block scalars: content starts on the line after the header; indentation is not content. */
function walkBlock(source: string, header: number, start: number, end: number): [number, number] | undefined {
  let line = source.indexOf('\n', header);
  if (line < 0) return undefined;
  line += 1;
  // Indentation of the first non-empty content line.
  let indent = -1;
  for (let i = line; i < source.length && indent < 0; ) {
    let j = i;
    while (source.charCodeAt(j) === 0x20) j++;
    if (source.charCodeAt(j) === 0x0a) i = j + 1;
    else indent = j - i;
  }
  if (indent <= 0) return undefined;
  let vi = 0;
  let rawStart = -1;
  let ri = line;
  while (ri <= source.length) {
    // at the start of a content line: skip indentation (or stop when the block ends)
    let j = ri;
    while (j - ri < indent && source.charCodeAt(j) === 0x20) j++;
    const blank = source.charCodeAt(j) === 0x0a;
    if (!blank && j - ri < indent) break; // less indented: the block is over
    ri = j;
    while (ri < source.length && source.charCodeAt(ri) !== 0x0a) {
      if (rawStart < 0 && vi >= start) rawStart = ri;
      if (rawStart >= 0 && vi >= end) return [rawStart, ri];
      ri++;
      vi++;
    }
    if (rawStart < 0 && vi >= start) rawStart = ri;
    if (rawStart >= 0 && vi >= end) return [rawStart, ri];
    vi++; // the line break
    ri++;
    if (ri >= source.length) break;
  }
  return rawStart >= 0 ? [rawStart, Math.min(ri, source.length)] : undefined;
}
