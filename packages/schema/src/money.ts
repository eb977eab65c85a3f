/**
 * Money is written in yuan (number or string, at most two decimals) and held
 * as integer fen. Parsing goes through the decimal text, never through float
 * multiplication: 19.99 * 100 is 1998.9999999999998 in IEEE 754.
 */
export function parseMoney(value: number | string): number {
  const text = typeof value === 'number' ? numberToPlainText(value) : value.trim();
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new RangeError(`not a money amount with at most two decimals: ${String(value)}`);
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + fen;
}

function numberToPlainText(value: number): string {
  if (!Number.isFinite(value) || value < 0) return String(value);
  // toFixed writes 1e21 and above in exponent notation, which the pattern refuses: an amount the
  // schema accepted (`amount_off: 1e21`) then read as no amount at all, and the cut went unpriced.
  // Every double that large is an integer: write its digits out.
  if (value >= 1e21) return BigInt(value).toString();
  // toFixed(2) then trim: 199.9 -> "199.90"; a third decimal is rejected by the regex above
  const rounded = value.toFixed(2);
  if (Number(rounded) !== value) return String(value);
  return rounded;
}

/** 19900 -> "199.00" */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
