// Instants a message prints are written on the store's clock (Store
// `spec.timezone`), to the second: a manager reads "now" and a start on one
// clock, never UTC beside +08:00, never milliseconds.
import { DEFAULT_TIMEZONE } from '../waivers/expiry.js';

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) {
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
      // not an IANA zone: the Store schema reports it; print in the default zone meanwhile
      format = undefined;
    }
    formatters.set(timeZone, format);
  }
  return formatters.get(timeZone);
}

/** `instant` as `2026-11-09T00:00:00+08:00` in `timeZone` (DST-aware), without milliseconds. */
export function storeTime(instant: Date | number, timeZone: string): string {
  const ms = Math.floor((typeof instant === 'number' ? instant : instant.getTime()) / 1000) * 1000;
  const format = formatterFor(timeZone) ?? formatterFor(DEFAULT_TIMEZONE)!;
  const p = Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offset = Math.round((wall - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
