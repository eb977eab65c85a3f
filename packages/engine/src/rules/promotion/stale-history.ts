import { formatFen } from '@storepolicy/schema';
import { shiftDate } from '../../pricing/history.js';
import { MORE_MESSAGE, type SkuCheck } from './_sku-check.js';

/**
 * The days a SKU's price history must hold for its 7-day baseline to be
 * known: every day from 7 days before the start up to the day before the
 * start, or before today when the start is still ahead (those days have not
 * happened; the history must then at least reach yesterday).
 */
export function requiredHistoryDays(startDate: string, today: string): readonly string[] {
  return requiredDays(startDate, today).days;
}

interface RequiredDays {
  days: readonly string[];
  /** Position of each required day in `days`, to tick off a SKU's history in one pass. */
  index: ReadonlyMap<string, number>;
}

/**
 * The same few (start, today) pairs come back for every SKU of a run: the
 * days are computed once per pair (the date arithmetic was a tenth of a
 * 100,000-SKU dry-run). Bounded, so a long-lived server does not grow it.
 */
const requiredCache = new Map<string, RequiredDays>();
/** The last pair asked for: consecutive SKUs ask for the same one. */
let last: { startDate: string; today: string; days: RequiredDays } | undefined;

function requiredDays(startDate: string, today: string): RequiredDays {
  if (last && last.startDate === startDate && last.today === today) return last.days;
  const key = `${startDate}|${today}`;
  let found = requiredCache.get(key);
  if (found) {
    last = { startDate, today, days: found };
    return found;
  }
  const from = shiftDate(startDate, -7);
  const until = today < startDate ? today : startDate;
  const days: string[] = [];
  for (let day = from < until ? from : shiftDate(until, -1); day < until; day = shiftDate(day, 1)) days.push(day);
  found = { days: Object.freeze(days), index: new Map(days.map((day, i) => [day, i])) };
  if (requiredCache.size >= 64) requiredCache.clear();
  requiredCache.set(key, found);
  last = { startDate, today, days: found };
  return found;
}

/** The required days a SKU's history has no entry for (empty when it covers them all). */
function missingDays(required: RequiredDays, history: readonly { date: string }[]): string[] {
  // At most 7 days (the 7 before the start, or fewer up to today): one bit each.
  let seen = 0;
  for (const entry of history) {
    const i = required.index.get(entry.date);
    if (i !== undefined) seen |= 1 << i;
  }
  return seen === 2 ** required.days.length - 1 ? [] : required.days.filter((_, i) => (seen & (1 << i)) === 0);
}

/**
 * `promotion/stale-history`: the floor, the depth and the reference-price
 * law all compare with the lowest price of the 7 days before the start
 * (明码标价和禁止价格欺诈规定 art. 16). A history that stops weeks earlier, or
 * has holes in those days, would let the checker use an old price as that
 * baseline without a word: a guess, refused here.
 */
export const staleHistoryCheck: SkuCheck = {
  meta: {
    code: 'promotion/stale-history',
    severity: 'error',
    summary: {
      en: 'The price history covers the 7 days before the start (up to today when the start is ahead).',
      zh: '价格历史须覆盖开始前七日（开始日尚未到时覆盖至今日）。',
    },
    messages: {
      missing: {
        message: {
          en: 'the price history of {sku} has no entry for {missing} ({count} of the days {from} to {to} that the 7-day baseline needs); its last entry is {last}, so the floor, depth and reference price of this promotion would rest on {baseline} from older data',
          zh: '{sku} 的价格历史缺少 {missing}（7 日基准价所需的 {from} 至 {to} 中缺 {count} 天）；最后一条记录为 {last}，本促销的底价、降价幅度和划线价将基于更早数据得出的 {baseline}',
        },
        hint: {
          en: 'Export a current price history (price-history.csv, one row per SKU and day) covering {from} to {to}, then check again.',
          zh: '导出覆盖 {from} 至 {to} 的最新价格历史（price-history.csv，每个 SKU 每天一行）后重新检查。',
        },
      },
      more: MORE_MESSAGE,
    },
  },
  checkSku({ proposal, item, baseline, startDate, today, report }) {
    const needed = requiredDays(startDate, today);
    const required = needed.days;
    if (required.length === 0) return;
    const missing = missingDays(needed, item.history);
    if (missing.length === 0) return;
    const last = item.history.length > 0 ? item.history[item.history.length - 1]!.date : 'none';
    report(staleHistoryCheck.meta, {
      doc: proposal.doc,
      pointer: '/spec/window/start',
      messageId: 'missing',
      params: {
        sku: item.sku,
        missing: missing.length <= 3 ? missing.join(', ') : `${missing[0]} ... ${missing[missing.length - 1]}`,
        count: missing.length,
        from: required[0]!,
        to: required[required.length - 1]!,
        last,
        baseline: formatFen(baseline.fen),
      },
    });
  },
};
