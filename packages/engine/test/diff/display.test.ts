import { describe, expect, it } from 'vitest';
import { display } from '../../src/diff/display.js';

describe('display of values in diff messages', () => {
  it.each([
    [85, '85'],
    ['199.90', '199.90'],
    [true, 'true'],
    [null, 'null'],
    [undefined, ''],
    [['vip', 'svip'], '[vip, svip]'],
    [Array.from({ length: 30 }, (_, i) => `term-${i}`), '[30 items]'],
    [['x'.repeat(70)], '[1 item]'],
    [{ zh: '会员', en: 'Member' }, '会员 / Member'],
    [{ zh: '会员' }, '会员'],
    [{ spend: 1000 }, '{"spend":1000}'],
    [{ a: 'x'.repeat(40), b: 'y'.repeat(40) }, '{a, b}'],
  ])('%j reads as %j', (value, text) => {
    expect(display(value)).toBe(text);
  });
});
