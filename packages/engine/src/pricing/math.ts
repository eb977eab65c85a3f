/**
 * Integer fen arithmetic. Every price step rounds half-up to the fen with
 * integer operations only: a float product such as 16915 * 0.9 may land on
 * 15223.499999 and round the wrong way. Percentages are carried as integer
 * hundredths of a percent ("basis points": 15% -> 1500, 9.5% -> 950), so
 * fen * basis points stays far below 2^53 for any realistic price.
 */

export const FULL = 10_000;

/** round(n / d) half-up, for n >= 0 and d > 0. */
export function roundDiv(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** ceil(n / d), for n >= 0 and d > 0. */
export function ceilDiv(n: number, d: number): number {
  return Math.floor((n + d - 1) / d);
}

/** A percentage with at most two decimals (schema-checked) as basis points. */
export function toBasisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** round(price * bp / 10000) half-up: the price after paying `bp` basis points of it. */
export function applyBasisPoints(price: number, bp: number): number {
  return roundDiv(price * bp, FULL);
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
