import type { ColumnPlan } from './header-map.js';
import type { RowError } from './row-schema.js';

/**
 * Turn one CSV record into a listing-shaped object, converting the ways
 * seller tools write values (¥199.00, 48小时内, 是/否, 支持) into the
 * Listing schema's. Conversion problems are collected as row errors;
 * the shape itself is then checked by `parseListingRow`.
 */
export function csvRecordToListing(record: readonly string[], plan: ColumnPlan): { value: Record<string, unknown>; errors: RowError[] } {
  const value: Record<string, unknown> = {};
  const errors: RowError[] = [];
  let realShot: boolean | undefined;
  for (let i = 0; i < plan.fields.length; i++) {
    const field = plan.fields[i];
    const cell = record[i]?.trim();
    if (field === undefined || cell === undefined || cell === '') continue;
    const column = plan.headers[i]!;
    const fail = (messageId: string) =>
      errors.push({
        messageId,
        params: { field: column === field ? field : `${column} (${field})`, value: cell.length > 40 ? `${cell.slice(0, 39)}…` : cell },
        pointer: `/${field.replace(/\./g, '/')}`,
      });
    switch (field) {
      case 'price':
      case 'reference_price':
      case 'lowest_price_7d':
        value[field] = cell.replace(/^[¥￥]\s*|\s*元$/g, '').replace(/,/g, '');
        break;
      case 'ship_within_hours': {
        const hours = parseHours(cell);
        if (hours === undefined) fail('hours');
        else value[field] = hours;
        break;
      }
      case 'size_chart': {
        const flag = parseFlag(cell);
        value[field] = flag ?? cell;
        break;
      }
      case 'images.real_shot': {
        realShot = parseFlag(cell);
        if (realShot === undefined) fail('flag');
        break;
      }
      case 'images':
        value.images = splitList(cell).map((url) => ({ url }));
        break;
      case 'inserts':
        value.inserts = splitList(cell);
        break;
      case 'attributes': {
        const attributes = attributesOf(value);
        for (const [name, text] of Object.entries(parseAttributes(cell))) setOwn(attributes, name, text);
        break;
      }
      case 'after_sales.seven_day_return': {
        const promise = parseReturnPromise(cell);
        if (promise === undefined) fail('returnPromise');
        else nested(value, 'after_sales').seven_day_return = promise;
        break;
      }
      default:
        if (field.startsWith('attributes.')) setOwn(attributesOf(value), field.slice('attributes.'.length), cell);
        else if (field.includes('.')) {
          const [group, key] = field.split('.') as [string, string];
          nested(value, group)[key] = cell;
        } else value[field] = cell;
    }
  }
  if (realShot !== undefined && Array.isArray(value.images)) {
    for (const image of value.images as { real_shot?: boolean }[]) image.real_shot = realShot;
  }
  return { value, errors };
}

function nested(value: Record<string, unknown>, key: string): Record<string, unknown> {
  return (value[key] ??= {}) as Record<string, unknown>;
}

function attributesOf(value: Record<string, unknown>): Record<string, string> {
  return nested(value, 'attributes') as Record<string, string>;
}

/** `url1;url2`, `a|b`, one per line: seller tools use all three. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；|\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `材质:棉;产地:浙江` (full-width separators too). */
export function parseAttributes(cell: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of cell.split(/[;；\n]/)) {
    const colon = pair.search(/[:：]/);
    if (colon <= 0) continue;
    const name = pair.slice(0, colon).trim();
    const text = pair.slice(colon + 1).trim();
    if (name !== '' && text !== '') setOwn(attributes, name, text);
  }
  return attributes;
}

/**
 * An own, enumerable property whatever its name: `obj.__proto__ = text` would
 * set the prototype (or do nothing) and the attribute, shown to buyers, would
 * never be scanned.
 */
export function setOwn(target: Record<string, string>, name: string, text: string): void {
  Object.defineProperty(target, name, { value: text, enumerable: true, writable: true, configurable: true });
}

/** `48`, `48h`, `48小时`, `48小时内`, `2天`, `当天` -> hours. */
export function parseHours(cell: string): number | undefined {
  if (/^(当天|当日)(发货)?$/.test(cell)) return 24;
  const match = /^(\d{1,4})\s*(h|hours?|小时内?|小时|天内?|d|days?)?(发货)?$/i.exec(cell);
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = match[2] ?? '';
  return /^(天|d|day)/i.test(unit) ? n * 24 : n;
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '✓', '√']);
const NO = new Set(['否', '无', '没有', 'n', 'no', 'false', '0', '×']);

export function parseFlag(cell: string): boolean | undefined {
  const key = cell.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/**
 * 退换货承诺 values: 支持七天无理由 -> yes. A bare 不支持 claims the statutory
 * exemption (the only way a seller tool lets a listing refuse returns), so the
 * checker then verifies the category really is exempt by law.
 */
export function parseReturnPromise(cell: string): 'yes' | 'exempt_statutory' | 'exempt_confirmed' | undefined {
  const key = cell.toLowerCase().replace(/\s+/g, '');
  if (key === 'yes' || key === 'exempt_statutory' || key === 'exempt_confirmed') return key;
  if (/^(是|支持)(7|七)?(天无理由(退货|退换货)?)?$/.test(key)) return 'yes';
  if (/^(法定)?不支持(7|七)?(天无理由(退货|退换货)?)?$|^不适用七天无理由/.test(key)) return 'exempt_statutory';
  if (/^(确认不支持|买家确认不支持)/.test(key)) return 'exempt_confirmed';
  return undefined;
}
