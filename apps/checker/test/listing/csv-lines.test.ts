import { TextDecoder } from 'node:util';
import { describe, expect, it } from 'vitest';
import { csvTasks } from '../../src/listing/csv-reader.js';

// The line each CSV record starts on, and its raw text (what findings are
// located in): blank lines before a record, quoted fields spanning lines in
// LF and CRLF files (csv-parse counts a CRLF inside quotes as two lines), a
// BOM, records csv-parse cannot read, GB18030 bytes, and any chunking.

const HEADER = 'title,sku,category,price,description';

async function read(bytes: Buffer, options: { chunk?: number; encoding?: 'utf8' | 'gb18030' } = {}) {
  async function* chunks() {
    const size = options.chunk ?? bytes.length;
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const out: { line: number; raw: string | undefined; broken: boolean }[] = [];
  for await (const task of csvTasks(chunks(), { file: 'x.csv', encoding: options.encoding ?? 'utf8', columns: {}, keepRaw: true })) {
    const broken = new Set((task.broken ?? []).map((b) => b.index));
    task.lines.forEach((line, i) => out.push({ line, raw: broken.has(i) ? undefined : task.raws![i], broken: broken.has(i) }));
  }
  return out;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('csvTasks: where each record starts', () => {
  const LF = [HEADER, '', '裙A,A-1,dresses,9,"第一行', '第二行"', '', '', '裙B,A-2,dresses,9,x', '裙C,A-3,dresses,9,y'].join('\n');
  const expected = [
    { line: 3, raw: '裙A,A-1,dresses,9,"第一行\n第二行"', broken: false },
    { line: 7, raw: '裙B,A-2,dresses,9,x', broken: false },
    { line: 8, raw: '裙C,A-3,dresses,9,y', broken: false },
  ];

  it('LF: blank lines before a record are not part of it', async () => {
    expect(await read(utf8(`${LF}\n`))).toEqual(expected);
  });

  it('CRLF: a line break inside quotes is one line, and the records after it keep their lines', async () => {
    const crlf = LF.replace(/\n/g, '\r\n');
    expect(await read(utf8(`${crlf}\r\n`))).toEqual(expected.map((e) => ({ ...e, raw: e.raw.replace(/\n/g, '\r\n') })));
  });

  it('a BOM, no newline at the end, and one byte at a time', async () => {
    expect(await read(utf8(`\uFEFF${LF}`), { chunk: 1 })).toEqual(expected);
  });

  it('GB18030 bytes: the raw text is decoded, lines as in UTF-8', async () => {
    expect(await read(gb18030(`${LF.replace(/\n/g, '\r\n')}\r\n`), { encoding: 'gb18030', chunk: 7 })).toEqual(
      expected.map((e) => ({ ...e, raw: e.raw.replace(/\n/g, '\r\n') })),
    );
  });

  it('a record csv-parse cannot read is reported at the line it starts on', async () => {
    const text = [HEADER, '裙A,A-1,dresses,9,"多', '行"', '坏行,只有三列,x', '裙C,A-3,dresses,9,"a', 'b"'].join('\r\n');
    expect(await read(utf8(text))).toEqual([
      { line: 2, raw: '裙A,A-1,dresses,9,"多\r\n行"', broken: false },
      { line: 4, raw: undefined, broken: true },
      { line: 5, raw: '裙C,A-3,dresses,9,"a\r\nb"', broken: false },
    ]);
  });
});

/** Node has no GB18030 encoder: ASCII as is, the rest by the two-byte codes the decoder knows. */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      codes.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...codes.get(char)!);
  }
  return Buffer.from(bytes);
}
