import { describe, expect, it } from 'vitest';
import { csvPosition, ndjsonPosition, type RawPosition } from '../../src/listing/raw-position.js';

// Each case names the characters the position must cover (`text`), so a
// wrong expectation shows up as the wrong characters, not just other numbers.

interface Case {
  name: string;
  raw: string;
  pointer: string;
  start?: number;
  end?: number;
  /** [line, column, endLine, endColumn] inside the row (line 1 = its first line). */
  at: [number, number, number, number];
  text: string;
}

/** The characters between two positions of `raw` (columns in UTF-16 code units). */
function slice(raw: string, p: RawPosition): string {
  const lines = raw.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return raw.slice(offset(p.line, p.column), offset(p.endLine, p.endColumn));
}

const NDJSON: Case[] = [
  { name: 'a span in a plain string, CJK one column each', raw: '{"sku":"A","title":"全网最好 裙"}', pointer: '/title', start: 0, end: 4, at: [1, 21, 1, 25], text: '全网最好' },
  { name: 'after \\" escapes (one character each)', raw: '{"title":"say \\"hi\\" 最好"}', pointer: '/title', start: 9, end: 11, at: [1, 22, 1, 24], text: '最好' },
  { name: 'after a \\n escape', raw: '{"description":"第一行\\n加V：abc"}', pointer: '/description', start: 4, end: 10, at: [1, 22, 1, 28], text: '加V：abc' },
  { name: 'after \\uXXXX escapes (six raw characters, one of the value)', raw: '{"title":"\\u5168\\u7f51最好"}', pointer: '/title', start: 2, end: 4, at: [1, 23, 1, 25], text: '最好' },
  { name: 'a span made of \\uXXXX escapes', raw: '{"title":"\\u5168\\u7f51最好"}', pointer: '/title', start: 0, end: 2, at: [1, 11, 1, 23], text: '\\u5168\\u7f51' },
  { name: 'after an astral character (two UTF-16 units)', raw: '{"title":"😀最好"}', pointer: '/title', start: 2, end: 4, at: [1, 13, 1, 15], text: '最好' },
  { name: 'a nested object key: /attributes/材质', raw: '{"sku":"A","attributes":{"产地":"浙江","材质":"顶级羊毛"}}', pointer: '/attributes/材质', start: 0, end: 2, at: [1, 42, 1, 44], text: '顶级' },
  { name: 'a key with an escape, named with ~1 in the pointer', raw: '{"attributes":{"a\\/b":"最好"}}', pointer: '/attributes/a~1b', start: 0, end: 2, at: [1, 24, 1, 26], text: '最好' },
  { name: 'an array element: /inserts/1', raw: '{"inserts":["感谢卡","好评返现卡"]}', pointer: '/inserts/1', start: 0, end: 4, at: [1, 20, 1, 24], text: '好评返现' },
  { name: 'a whole Listing document: pointers are under spec', raw: '{"apiVersion":"storepolicy/v1","kind":"Listing","metadata":{"name":"x","title":"no"},"spec":{"sku":"A","title":"最好"}}', pointer: '/title', start: 0, end: 2, at: [1, 113, 1, 115], text: '最好' },
  { name: 'a Listing document with spec before kind', raw: '{"spec":{"title":"最好"},"kind":"Listing"}', pointer: '/title', start: 0, end: 2, at: [1, 19, 1, 21], text: '最好' },
  { name: 'kind Listing without spec is a bare row', raw: '{"kind":"Listing","title":"最好"}', pointer: '/title', start: 0, end: 2, at: [1, 28, 1, 30], text: '最好' },
  { name: 'a duplicate key: the last one, as JSON.parse reads it', raw: '{"title":"a","title":"最好"}', pointer: '/title', start: 0, end: 2, at: [1, 23, 1, 25], text: '最好' },
  { name: 'brackets and quotes inside an earlier string', raw: '{"description":"[{\\"x\\"}]","title":"最好"}', pointer: '/title', start: 0, end: 2, at: [1, 37, 1, 39], text: '最好' },
  { name: 'white space around keys and values', raw: '{ "title" : "最好" }', pointer: '/title', start: 0, end: 2, at: [1, 14, 1, 16], text: '最好' },
  { name: 'no span, a number: the whole token', raw: '{"price":99,"reference_price":399}', pointer: '/reference_price', at: [1, 31, 1, 34], text: '399' },
  { name: 'no span, a string: the token with its quotes', raw: '{"category":"nuts"}', pointer: '/category', at: [1, 13, 1, 19], text: '"nuts"' },
  { name: 'no span, an array: the whole array', raw: '{"images":[{"url":"a"}],"x":1}', pointer: '/images', at: [1, 11, 1, 24], text: '[{"url":"a"}]' },
  { name: 'an element of an array of objects', raw: '{"images":[{"url":"a"},{"url":"b","real_shot":false}]}', pointer: '/images/1', at: [1, 24, 1, 53], text: '{"url":"b","real_shot":false}' },
  { name: 'a field the row does not have: the row start', raw: '{"title":"a"}', pointer: '/size_chart', at: [1, 1, 1, 1], text: '' },
  { name: 'an element past the end: the row start', raw: '{"inserts":["a"]}', pointer: '/inserts/3', at: [1, 1, 1, 1], text: '' },
  { name: 'the whole row (pointer ""): the row start', raw: '{"title":"a"}', pointer: '', at: [1, 1, 1, 1], text: '' },
  { name: 'a line that is not JSON: the row start', raw: '{"title":"broken', pointer: '/title', start: 0, end: 1, at: [1, 1, 1, 1], text: '' },
  { name: 'offsets past the end of the string stop at its end', raw: '{"title":"最好"}', pointer: '/title', start: 1, end: 9, at: [1, 12, 1, 13], text: '好' },
];

describe('ndjsonPosition: the characters of a finding in an NDJSON line', () => {
  it.each(NDJSON)('$name', ({ raw, pointer, start, end, at, text }) => {
    const position = ndjsonPosition(raw, pointer, start, end);
    expect([position.line, position.column, position.endLine, position.endColumn]).toEqual(at);
    expect(slice(raw, position)).toBe(text);
  });
});

// The column plan of the fixture export, plus columns the reader maps by name.
const FIELDS = [
  'title',
  'sku',
  'description',
  'attributes',
  'images',
  'images.real_shot',
  'inserts',
  'reference_price',
  'attributes.卖点',
  'qualifications.sc',
  'after_sales.seven_day_return',
];

/** A record of the plan above from its cells (already quoted where needed). */
const record = (cells: Partial<Record<string, string>>) => FIELDS.map((f) => cells[f] ?? '').join(',');

const CSV: Case[] = [
  { name: 'a span in an unquoted field', raw: record({ title: '全网最好 裙', sku: 'A' }), pointer: '/title', start: 0, end: 4, at: [1, 1, 1, 5], text: '全网最好' },
  { name: 'a later field: after the commas of the earlier ones', raw: record({ title: '裙', sku: 'A', description: '好评返现5元' }), pointer: '/description', start: 0, end: 4, at: [1, 5, 1, 9], text: '好评返现' },
  { name: 'inside quotes, after "" escapes', raw: record({ title: '"纯棉 ""宽松"" 最好"' }), pointer: '/title', start: 8, end: 10, at: [1, 12, 1, 14], text: '最好' },
  { name: 'a span that is itself an escaped quote', raw: record({ title: '"a""b"' }), pointer: '/title', start: 1, end: 2, at: [1, 3, 1, 5], text: '""' },
  { name: 'a quoted field spanning two lines (LF)', raw: record({ title: '裙', description: '"第一行\n第二行 加V：abc"' }), pointer: '/description', start: 8, end: 14, at: [2, 5, 2, 11], text: '加V：abc' },
  { name: 'a quoted field spanning two lines (CRLF)', raw: record({ title: '裙', description: '"第一行\r\n第二行 最好"' }), pointer: '/description', start: 9, end: 11, at: [2, 5, 2, 7], text: '最好' },
  { name: 'a span across the line break', raw: record({ title: '裙', description: '"最\n好"' }), pointer: '/description', start: 0, end: 3, at: [1, 5, 2, 2], text: '最\n好' },
  { name: 'a field after a multi-line one', raw: record({ title: '裙', description: '"a\nb"', attributes: '材质:顶级' }), pointer: '/attributes/材质', start: 0, end: 2, at: [2, 7, 2, 9], text: '顶级' },
  { name: 'leading white space is trimmed, as the reader trims it', raw: record({ title: '  最好 ', sku: 'A' }), pointer: '/title', start: 0, end: 2, at: [1, 3, 1, 5], text: '最好' },
  { name: 'white space inside quotes is trimmed too', raw: record({ title: '"　最好"' }), pointer: '/title', start: 0, end: 2, at: [1, 3, 1, 5], text: '最好' },
  { name: 'an attribute of a 宝贝属性 cell', raw: record({ title: 't', attributes: '材质:棉;风格:顶级法式' }), pointer: '/attributes/风格', start: 0, end: 2, at: [1, 13, 1, 15], text: '顶级' },
  { name: 'full-width separators and spaces around the value', raw: record({ title: 't', attributes: '材质：棉 ； 风格：  顶级' }), pointer: '/attributes/风格', start: 0, end: 2, at: [1, 17, 1, 19], text: '顶级' },
  { name: 'the last pair of a name wins, as in the reader', raw: record({ title: 't', attributes: '风格:好;风格:最好' }), pointer: '/attributes/风格', start: 0, end: 2, at: [1, 13, 1, 15], text: '最好' },
  { name: 'an attribute column (宝贝卖点) after the 宝贝属性 cell wins', raw: record({ title: 't', attributes: '卖点:好', 'attributes.卖点': '史无前例' }), pointer: '/attributes/卖点', start: 0, end: 4, at: [1, 14, 1, 18], text: '史无前例' },
  { name: 'an attribute without a span: its value', raw: record({ title: 't', attributes: '材质:棉;产地:浙江' }), pointer: '/attributes/产地', at: [1, 13, 1, 15], text: '浙江' },
  { name: 'an element of a ;-separated list: /inserts/1', raw: record({ title: 't', inserts: '感谢卡;好评返现卡' }), pointer: '/inserts/1', start: 0, end: 4, at: [1, 12, 1, 16], text: '好评返现' },
  { name: 'empty pieces of a list do not count', raw: record({ title: 't', inserts: '感谢卡;; 好评返现卡|x' }), pointer: '/inserts/1', at: [1, 14, 1, 19], text: '好评返现卡' },
  { name: 'the first image: its URL', raw: record({ title: 't', images: 'https://a/1.jpg;https://a/2.jpg' }), pointer: '/images/0', at: [1, 6, 1, 21], text: 'https://a/1.jpg' },
  { name: 'an image URL on the second line of its cell', raw: record({ title: 't', images: '"https://a/1.jpg\nhttps://a/2.jpg"' }), pointer: '/images/1/url', at: [2, 1, 2, 16], text: 'https://a/2.jpg' },
  { name: 'the images as a whole: the cell', raw: record({ title: 't', images: 'https://a/1.jpg;https://a/2.jpg' }), pointer: '/images', at: [1, 6, 1, 37], text: 'https://a/1.jpg;https://a/2.jpg' },
  { name: "an image's real_shot: the 是否实拍 cell", raw: record({ title: 't', images: 'u', 'images.real_shot': '否' }), pointer: '/images/0/real_shot', at: [1, 8, 1, 9], text: '否' },
  { name: 'a conversion error of 是否实拍 (/images/real_shot)', raw: record({ title: 't', images: 'u', 'images.real_shot': '也许' }), pointer: '/images/real_shot', at: [1, 8, 1, 10], text: '也许' },
  { name: 'a price as the seller wrote it', raw: record({ title: 't', reference_price: '"¥1,599.00"' }), pointer: '/reference_price', at: [1, 10, 1, 19], text: '¥1,599.00' },
  { name: 'a nested field in a flat column', raw: record({ title: 't', 'after_sales.seven_day_return': '不支持' }), pointer: '/after_sales/seven_day_return', at: [1, 12, 1, 15], text: '不支持' },
  { name: 'a whole group (/qualifications): its first column with a value', raw: record({ title: 't', 'qualifications.sc': 'SC123' }), pointer: '/qualifications', at: [1, 11, 1, 16], text: 'SC123' },
  { name: 'an empty cell is no value: the row start', raw: record({ title: 't' }), pointer: '/sku', at: [1, 1, 1, 1], text: '' },
  { name: 'a field no column fills: the row start', raw: record({ title: 't' }), pointer: '/category', at: [1, 1, 1, 1], text: '' },
  { name: 'a record shorter than the plan: the row start', raw: 't,A', pointer: '/description', at: [1, 1, 1, 1], text: '' },
];

describe('csvPosition: the characters of a finding in a CSV record', () => {
  it.each(CSV)('$name', ({ raw, pointer, start, end, at, text }) => {
    const position = csvPosition(raw, FIELDS, pointer, start, end);
    expect([position.line, position.column, position.endLine, position.endColumn]).toEqual(at);
    expect(slice(raw, position)).toBe(text);
  });
});
