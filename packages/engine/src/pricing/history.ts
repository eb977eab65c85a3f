import type { CatalogItem } from './types.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in the store's timezone. */
export function storeDate(instant: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** `2026-11-11` shifted by `days` (negative = earlier). */
export function shiftDate(date: string, days: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

export type BaselineSource = 'lowest-7d' | 'last-transaction' | 'list';

export interface Baseline {
  fen: number;
  source: BaselineSource;
}

/**
 * The comparison price the law allows (明码标价和禁止价格欺诈规定 art. 16;
 * 规范促销行为暂行规定 art. 21): the lowest transaction price in the 7 days
 * before the start; with no sale in those days, the last transaction before
 * them; with no sale ever, the list price.
 */
export function baselineOf(item: CatalogItem, startDate: string, from = shiftDate(startDate, -7)): Baseline {
  let lowest = Number.POSITIVE_INFINITY;
  let lastBefore: number | undefined;
  for (const day of item.history) {
    if (day.transaction === undefined || day.date >= startDate) continue;
    if (day.date >= from) {
      if (day.transaction < lowest) lowest = day.transaction;
    } else {
      lastBefore = day.transaction;
    }
  }
  if (lowest !== Number.POSITIVE_INFINITY) return { fen: lowest, source: 'lowest-7d' };
  if (lastBefore !== undefined) return { fen: lastBefore, source: 'last-transaction' };
  return { fen: item.list, source: 'list' };
}

/** Lowest list price on the `days` days before `startDate`, or undefined without history. */
export function lowestListBefore(
  item: CatalogItem,
  startDate: string,
  days: number,
  from = shiftDate(startDate, -days),
): number | undefined {
  let lowest: number | undefined;
  for (const day of item.history) {
    if (day.date < from || day.date >= startDate) continue;
    if (lowest === undefined || day.list < lowest) lowest = day.list;
  }
  return lowest;
}
