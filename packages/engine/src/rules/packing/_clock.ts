/**
 * Clock times of day in an IANA timezone, with the runtime's Intl database.
 * A daylight-saving jump forward skips an hour: a dispatch cut-off inside it
 * never happens that day, so the warehouse has no moment to close orders.
 */
const DAY_MS = 86_400_000;

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Building a formatter is far costlier than using one; a year's scan uses one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function wallClockMs(zone: string, instantMs: number): number {
  const parts = formatterFor(zone).formatToParts(instantMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

function offsetMs(zone: string, instantMs: number): number {
  return wallClockMs(zone, instantMs) - Math.floor(instantMs / 1000) * 1000;
}

/** Whether the wall time `wallMs` (a UTC-encoded local time) happens at all in `zone`. */
function exists(zone: string, wallMs: number): boolean {
  const candidates = new Set([offsetMs(zone, wallMs - DAY_MS), offsetMs(zone, wallMs + DAY_MS)]);
  return [...candidates].some((offset) => wallClockMs(zone, wallMs - offset) === wallMs);
}

/**
 * The first date of `year` on which "HH:MM" does not exist in `zone`
 * (YYYY-MM-DD), or undefined. Only days around an offset change are tried.
 */
export function skippedDate(zone: string, clock: string, year: number): string | undefined {
  const key = `${zone} ${clock} ${year}`;
  if (!skipped.has(key)) skipped.set(key, scanYear(zone, clock, year));
  return skipped.get(key);
}

// Every store of a large repository usually shares one zone and cut-off: scan each once.
const skipped = new Map<string, string | undefined>();

function scanYear(zone: string, clock: string, year: number): string | undefined {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const start = Date.UTC(year, 0, 1, 12);
  let previous = offsetMs(zone, start);
  for (let day = 1; day <= 366; day++) {
    const offset = offsetMs(zone, start + day * DAY_MS);
    if (offset === previous) continue;
    previous = offset;
    for (const candidate of [day - 1, day]) {
      const date = new Date(start + candidate * DAY_MS);
      const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hours, minutes);
      if (!exists(zone, wall)) return new Date(wall).toISOString().slice(0, 10);
    }
  }
  return undefined;
}
