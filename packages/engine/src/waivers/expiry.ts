/**
 * When a waiver ends. `expires: 2026-12-31` means "through that day" in the
 * store's timezone; a date-time carries its own offset. The horizon check
 * compares calendar dates for a date (a 90-day waiver written this morning
 * may name the date 90 days on) and exact instants for a date-time.
 */

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DEFAULT_WAIVER_MAX_DAYS = 90;
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export interface Expiry {
  /** The first instant at which the waiver no longer applies. */
  end: Date;
  /** Whole days from now until the expiry (negative once past). */
  daysAhead: number;
  /** Beyond the allowed horizon. */
  tooFar: boolean;
  /** The last allowed expiry, as the user would write it (a date in the store's timezone). */
  latest: string;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat | undefined>();

/** A formatter giving the wall clock of `timeZone`; undefined for a name that is not an IANA zone. */
function zoneFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!zoneFormats.has(timeZone)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      format = undefined;
    }
    // the Store schema bounds the zone names a run meets; the cap keeps a long-lived server bounded anyway
    if (zoneFormats.size < 256) zoneFormats.set(timeZone, format);
    return format;
  }
  return zoneFormats.get(timeZone);
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (DST-aware through Intl). */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const format = zoneFormat(timeZone);
  // an unknown zone is the Store schema's problem; judge as China time meanwhile
  if (format === undefined) return 8 * 3_600_000;
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The calendar date of `instant` in `timeZone`, as days since the epoch. */
function localDay(instant: number, timeZone: string): number {
  return Math.floor((instant + zoneOffsetMs(timeZone, instant)) / DAY_MS);
}

/** The instant a local midnight (`epochDay` days after 1970-01-01) happens in `timeZone`. */
function localMidnight(epochDay: number, timeZone: string): number {
  const guess = epochDay * DAY_MS;
  const first = guess - zoneOffsetMs(timeZone, guess);
  return guess - zoneOffsetMs(timeZone, first);
}

function isRealDay(date: string): boolean {
  const match = DATE_ONLY.exec(date);
  return match !== null && isoDate(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) / DAY_MS) === date;
}

function isoDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** Parse `expires` and judge it against `now`; undefined when the text is not a date. */
export function judgeExpiry(expires: string, now: Date, maxDays: number, timeZone = DEFAULT_TIMEZONE): Expiry | undefined {
  const today = localDay(now.getTime(), timeZone);
  const latest = isoDate(today + maxDays);
  const dateOnly = DATE_ONLY.exec(expires);
  if (dateOnly) {
    const day = Date.UTC(+dateOnly[1]!, +dateOnly[2]! - 1, +dateOnly[3]!) / DAY_MS;
    // Date.UTC rolls 2026-02-30 over to 2 March: refuse dates that do not exist
    if (!Number.isFinite(day) || isoDate(day) !== expires) return undefined;
    return {
      end: new Date(localMidnight(day + 1, timeZone)),
      daysAhead: day - today,
      tooFar: day - today > maxDays,
      latest,
    };
  }
  const end = new Date(expires);
  if (Number.isNaN(end.getTime()) || !isRealDay(expires.slice(0, 10))) return undefined;
  const ahead = end.getTime() - now.getTime();
  return { end, daysAhead: Math.floor(ahead / DAY_MS), tooFar: ahead > maxDays * DAY_MS, latest };
}
