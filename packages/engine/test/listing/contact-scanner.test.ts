import { describe, expect, it } from 'vitest';
import { LANDLINE, MOBILE, nextPhone } from '../../src/listing/contact-scanner.js';

/** Every number `nextPhone` finds in `text`, as [kind, excerpt]. */
function numbers(text: string): [string, string][] {
  const span = new Int32Array(2);
  const found: [string, string][] = [];
  let from = 0;
  let kind: number;
  while ((kind = nextPhone(text, from, span)) !== 0) {
    expect(span[0]!).toBeGreaterThanOrEqual(from);
    expect(span[1]!).toBeGreaterThan(span[0]!);
    found.push([kind === MOBILE ? 'mobile' : kind === LANDLINE ? 'landline' : `kind ${kind}`, text.slice(span[0], span[1])]);
    from = span[1]!;
  }
  return found;
}

/** How many numbers `text` holds, found one after the other. */
function countNumbers(text: string): number {
  const span = new Int32Array(2);
  let count = 0;
  let from = 0;
  while (nextPhone(text, from, span) !== 0) {
    count++;
    from = span[1]!;
  }
  return count;
}

describe('nextPhone', () => {
  it('tells mobiles from landlines and hotlines, left to right', () => {
    expect(numbers('门店(0571)86668888，热线400-820-8820，店长13812345678，北京010 8888 6666转2')).toEqual([
      ['landline', '(0571)86668888'],
      ['landline', '400-820-8820'],
      ['mobile', '13812345678'],
      ['landline', '010 8888 6666'],
    ]);
  });

  it('finds a landline and the numbers after it in one run, each once', () => {
    expect(numbers('0571-86668888 13812345678')).toEqual([
      ['landline', '0571-86668888'],
      ['mobile', '13812345678'],
    ]);
    expect(numbers('0571-86668888 0755-8123456 13812345678')).toEqual([
      ['landline', '0571-86668888'],
      ['landline', '0755-8123456'],
      ['mobile', '13812345678'],
    ]);
  });

  it('resumes inside a run of numbers glued by Chinese numerals as it used to', () => {
    expect(numbers('一13812345678一13912345678')).toEqual([
      ['mobile', '13812345678'],
      ['mobile', '13912345678'],
    ]);
    expect(numbers('一13812345678 一三八一二三四五六七八')).toEqual([
      ['mobile', '13812345678'],
      ['mobile', '一三八一二三四五六七八'],
    ]);
    expect(numbers('13812345678一三八一二三四五六七八')).toEqual([['mobile', '13812345678']]);
    expect(numbers('一0571-86668888-1一4008208820')).toEqual([
      ['landline', '0571-86668888'],
      ['landline', '4008208820'],
    ]);
  });

  // Each of these took quadratic time before (a long run re-read after every
  // number found in it): 120,000 characters took 6 s, a million minutes. No
  // timing assertion (speed lives in the benchmark): a quadratic scan of
  // these inputs runs for minutes, so the generous test timeout catches it
  // while a loaded CI machine does not.
  it.each([
    ['mobiles glued by Chinese numerals', '一13812345678', 100_000],
    ['landlines glued by Chinese numerals', '一0571-86668888-1', 100_000],
    ['compact landlines glued by Chinese numerals', '八057186668888', 100_000],
    ['landlines in one spaced run', '0571-86668888 ', 100_000],
    ['landlines and hotlines in one spaced run', '0571-86668888 400-820-8820 ', 200_000],
    ['bracketed area codes', '(0571)', 0],
    ['bracketed area codes and long local runs', '(0571)8666 8888 8888 8888 ', 100_000],
    ['spelt-out digits', '0 5 7 1 ', 0],
  ])('stays linear on 100,000 repetitions of %s', { timeout: 20_000 }, (_name, piece, count) => {
    expect(countNumbers(piece.repeat(100_000))).toBe(count);
  });
});
