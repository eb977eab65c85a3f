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

/** Every number `nextPhone` finds in `text`, as [kind, start, excerpt]: the exact span. */
function spans(text: string): [string, number, string][] {
  const span = new Int32Array(2);
  const found: [string, number, string][] = [];
  let from = 0;
  let kind: number;
  while ((kind = nextPhone(text, from, span)) !== 0) {
    expect(span[0]!).toBeGreaterThanOrEqual(from);
    expect(span[1]!).toBeGreaterThan(span[0]!);
    found.push([kind === MOBILE ? 'mobile' : kind === LANDLINE ? 'landline' : `kind ${kind}`, span[0]!, text.slice(span[0], span[1])]);
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

  // A mobile number followed by more of its run (the next number after one
  // space or dash, a quantity): each number once, at its own characters.
  it.each<[string, string, [string, number, string][]]>([
    ['two mobiles after one space', '电话13812345678 13912345678', [['mobile', 2, '13812345678'], ['mobile', 14, '13912345678']]],
    ['two mobiles after a dash', '13812345678-13912345678', [['mobile', 0, '13812345678'], ['mobile', 12, '13912345678']]],
    ['two mobiles after an em dash', '13812345678—13912345678', [['mobile', 0, '13812345678'], ['mobile', 12, '13912345678']]],
    ['two spaced 3-4-4 mobiles', '138 1234 5678 139 1234 5678', [['mobile', 0, '138 1234 5678'], ['mobile', 14, '139 1234 5678']]],
    ['two dashed 3-4-4 mobiles', '138-1234-5678-139-1234-5678', [['mobile', 0, '138-1234-5678'], ['mobile', 14, '139-1234-5678']]],
    ['three mobiles', '13812345678 13912345678 13712345678', [['mobile', 0, '13812345678'], ['mobile', 12, '13912345678'], ['mobile', 24, '13712345678']]],
    ['a mobile then a landline', '13812345678 0571-86668888', [['mobile', 0, '13812345678'], ['landline', 12, '0571-86668888']]],
    ['a mobile then a landline after a dash', '13812345678-0571-86668888', [['mobile', 0, '13812345678'], ['landline', 12, '0571-86668888']]],
    ['a mobile then a hotline', '13812345678 400-820-8820', [['mobile', 0, '13812345678'], ['landline', 12, '400-820-8820']]],
    ['a landline then two mobiles', '0571-86668888 13812345678 13912345678', [['landline', 0, '0571-86668888'], ['mobile', 14, '13812345678'], ['mobile', 26, '13912345678']]],
    ['two landlines after a dash', '0571-86668888-0755-8123456', [['landline', 0, '0571-86668888'], ['landline', 14, '0755-8123456']]],
    ['a mobile then a quantity', '13812345678 2件', [['mobile', 0, '13812345678']]],
    ['a mobile then an extension', '13812345678-1', [['mobile', 0, '13812345678']]],
    ['a mobile then a long number', '13812345678 13912345678999', [['mobile', 0, '13812345678']]],
    ['+86 mobiles', '+86 13812345678 13912345678', [['mobile', 1, '86 13812345678'], ['mobile', 16, '13912345678']]],
    ['a compact 86 mobile', '8613812345678 13912345678', [['mobile', 0, '8613812345678'], ['mobile', 14, '13912345678']]],
    ['a +86 3-4-4 mobile', '86 138 1234 5678 13912345678', [['mobile', 0, '86 138 1234 5678'], ['mobile', 17, '13912345678']]],
    ['full-width mobiles', '１３８１２３４５６７８ １３９１２３４５６７８', [['mobile', 0, '１３８１２３４５６７８'], ['mobile', 12, '１３９１２３４５６７８']]],
    ['mobiles in Chinese numerals', '一三八一二三四五六七八 一三九一二三四五六七八', [['mobile', 0, '一三八一二三四五六七八'], ['mobile', 12, '一三九一二三四五六七八']]],
    ['a mixed disguise then a mobile', '1三8 1234 5678 13912345678', [['mobile', 0, '1三8 1234 5678'], ['mobile', 14, '13912345678']]],
    ['mobiles after a numeral word', '一件13812345678 13912345678', [['mobile', 2, '13812345678'], ['mobile', 14, '13912345678']]],
    ['a spelt-out mobile then a compact one', '1 3 8 1 2 3 4 5 6 7 8 13912345678', [['mobile', 0, '1 3 8 1 2 3 4 5 6 7 8'], ['mobile', 22, '13912345678']]],
    ['a spelt-out 86 mobile then a landline', '8 6 1 3 8 1 2 3 4 5 6 7 8 0571-86668888', [['mobile', 0, '8 6 1 3 8 1 2 3 4 5 6 7 8'], ['landline', 26, '0571-86668888']]],
  ])('finds each number in a run of several: %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['22 digits written compact: an order number', '1381234567813912345678'],
    ['12 spelt-out digits: one number, not a mobile and a digit', '1 3 8 1 2 3 4 5 6 7 8 9'],
    ['22 spelt-out digits', '1 3 8 1 2 3 4 5 6 7 8 1 3 9 1 2 3 4 5 6 7 8'],
    ['a batch number then a quantity', '批次 138123456789 2'],
    ['a price list', '价格 1399 1599 199 99'],
    ['4-4-3 groups going on', '1381 2345 678 9'],
    ['groups of four', '订单 1381 2345 6789 0123'],
    ['3-4-5 groups', '138 1234 56789 139'],
    ['a model number', '型号 AB-13812-345 6'],
  ])('finds no number in %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
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
    ['mobiles in one spaced run', '13812345678 ', 100_000],
    ['3-4-4 mobiles in one dashed run', '138-1234-5678-', 100_000],
    ['mobiles and landlines in one dashed run', '13812345678-0571-86668888-', 200_000],
    ['mobiles and Chinese numerals in one run', '13812345678 一', 100_000],
    ['spelt-out mobile digits', '1 3 8 1 2 3 4 5 6 7 8 ', 0],
    ['spelt-out and compact mobiles', '1 3 8 1 2 3 4 5 6 7 8 13912345678 ', 200_000],
  ])('stays linear on 100,000 repetitions of %s', { timeout: 20_000 }, (_name, piece, count) => {
    expect(countNumbers(piece.repeat(100_000))).toBe(count);
  });
});
