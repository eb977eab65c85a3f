import { describe, expect, it } from 'vitest';
import { guardQuotes, MAX_FIELD_LINES, type BrokenRecord } from '../../src/listing/csv-quote-guard.js';

/** Run the guard over `text` cut into `chunk`-sized pieces; what csv-parse would see, and what was taken out. */
async function guard(text: string, chunk = 7): Promise<{ out: string; broken: BrokenRecord[] }> {
  const broken: BrokenRecord[] = [];
  async function* pieces() {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  }
  let out = '';
  for await (const piece of guardQuotes(pieces(), (b) => broken.push(b))) out += piece;
  return { out, broken: broken.map(({ line, column }) => ({ line, column, detail: '' })) };
}

const at = (line: number, column: number) => ({ line, column, detail: '' });

describe('guardQuotes: a quote left open loses one record, not the rest of the file', () => {
  const cases: { name: string; text: string; out: string; broken: BrokenRecord[] }[] = [
    { name: 'clean records pass unchanged', text: 'a,b\n1,2\n', out: 'a,b\n1,2\n', broken: [] },
    { name: 'a quoted field over two lines is one record', text: 'a,b\n1,"x\ny"\n2,3\n', out: 'a,b\n1,"x\ny"\n2,3\n', broken: [] },
    { name: 'escaped quotes and CRLF inside quotes', text: 'a,b\r\n1,"x ""q""\r\ny"\r\n', out: 'a,b\r\n1,"x ""q""\r\ny"\r\n', broken: [] },
    { name: 'never closed: blanked at the opening quote, the rest read again', text: 'a,b\n1,"x\n2,3\n4,5\n', out: 'a,b\n\n2,3\n4,5\n', broken: [at(2, 3)] },
    { name: 'closed by a later quote followed by text', text: 'a,b\n1,"x\n2,3\n4,"y"z\n', out: 'a,b\n\n2,3\n4,"y"z\n', broken: [at(2, 3)] },
    // the closing quote then opens a field of its own, which never closes either
    { name: 'closed by a later quote into a record of the wrong width', text: 'a,b\n1,"x\n2,3\n",5\n', out: 'a,b\n\n2,3\n\n', broken: [at(2, 3), at(4, 1)] },
    { name: 'a quote inside a later unquoted field', text: 'a,b\n1,"x\n2,3\n4"5\n', out: 'a,b\n\n2,3\n4"5\n', broken: [at(2, 3)] },
    // RFC 4180 cannot tell this from a description over three lines: it is one
    { name: 'closed at the end of a later line, with the header\'s width: one field over lines', text: 'a,b\n1,"x\n2,3\n4,5"\n', out: 'a,b\n1,"x\n2,3\n4,5"\n', broken: [] },
    { name: 'two open quotes: each loses its own line', text: 'a,b\n1,"x\n2,"y\n3,4\n', out: 'a,b\n\n\n3,4\n', broken: [at(2, 3), at(3, 3)] },
    { name: 'the column counts characters, not UTF-16 units', text: 'a,b\n𝟏表,"x\n2,3\n', out: 'a,b\n\n2,3\n', broken: [at(2, 4)] },
    { name: 'a broken record on one line is left to csv-parse', text: 'a,b\n1,"x"y\n2,3\n', out: 'a,b\n1,"x"y\n2,3\n', broken: [] },
    { name: 'a last line without a newline', text: 'a,b\n1,"x', out: 'a,b\n', broken: [at(2, 3)] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      for (const chunk of [1, 7, 1000]) expect(await guard(c.text, chunk)).toEqual({ out: c.out, broken: c.broken });
    });
  }

  it(`a quoted field over more than ${MAX_FIELD_LINES} lines is a runaway quote`, async () => {
    const lines = Array.from({ length: MAX_FIELD_LINES + 5 }, (_, i) => `${i},x`);
    const { broken, out } = await guard(`a,b\n1,"open\n${lines.join('\n')}\n2,"shut"\n`, 4096);
    expect(broken).toEqual([at(2, 3)]);
    expect(out.startsWith(`a,b\n\n0,x\n1,x\n`)).toBe(true);
  });
});
