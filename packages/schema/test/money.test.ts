import { describe, expect, it } from 'vitest';
import { formatFen, parseMoney } from '../src/money.js';

describe('parseMoney', () => {
  it.each([
    [199, 19900],
    [199.9, 19990],
    ['199.90', 19990],
    [19.99, 1999],
    [0.07, 7],
    ['0', 0],
  ])('%s yuan -> %i fen', (input, fen) => expect(parseMoney(input)).toBe(fen));

  it.each([[199.999], ['1.005'], ['-1'], ['abc'], [-5]])('rejects %s', (input) => {
    expect(() => parseMoney(input)).toThrow(RangeError);
  });

  it('reads an amount of 1e21 yuan or more (toFixed writes it in exponent notation) instead of refusing it', () => {
    // the schema accepts `amount_off: 1e21`; read as "no amount", the cut went unpriced
    expect(parseMoney(1e21)).toBe(1e23);
    expect(parseMoney(1e300)).toBe(1e302);
    expect(() => parseMoney(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('formats fen back to yuan', () => {
    expect(formatFen(15224)).toBe('152.24');
    expect(formatFen(7)).toBe('0.07');
  });
});
