// Instants a message prints are written on the store's clock (Store
// `spec.timezone`), to the second: a manager reads "now" and a start on one
// clock, never UTC beside +08:00, never milliseconds.
import { zoneOffsetMs } from '../waivers/expiry.js';

/** `instant` as `2026-11-09T00:00:00+08:00` in `timeZone` (DST-aware), without milliseconds. */
export function storeTime(instant: Date | number, timeZone: string): string {
  const ms = Math.floor((typeof instant === 'number' ? instant : instant.getTime()) / 1000) * 1000;
  const offset = Math.round(zoneOffsetMs(timeZone, ms) / 60_000);
  // shifted by the offset, the UTC fields of the date are the store's wall clock
  const wall = new Date(ms + offset * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}` +
    `T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}` +
    `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}
