import { describe, expect, it } from 'vitest';
import { ResultBytes } from '../../src/listing/result-bytes.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('ResultBytes', () => {
  it('writes numbers as String() does, digit by digit for whole ones', () => {
    const out = new ResultBytes();
    const values = [0, 7, 10, 99, 100, 1_000_000, 1_234_567_890, Number.MAX_SAFE_INTEGER, -1, 2.5, 1e21];
    for (const value of values) {
      out.int(value);
      out.ascii(',');
    }
    expect(decode(out.take())).toBe(values.map(String).join(',') + ',');
  });

  it('grows past its first buffer and hands over exactly what was written, ASCII and UTF-8 mixed', () => {
    const out = new ResultBytes();
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      out.ascii('{"row":');
      out.int(i);
      out.text(',"message":"全网最低价"}\n');
      expected += `{"row":${i},"message":"全网最低价"}\n`;
    }
    expect(decode(out.take())).toBe(expected);
    // the next batch starts empty
    out.int(42);
    expect(decode(out.take())).toBe('42');
  });
});
