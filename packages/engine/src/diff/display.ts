import { countOf } from '@storepolicy/schema';

/** A value as it reads in one line of a message: scalars as written, short lists inline. */
export function display(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const inline = `[${value.map((v) => display(v)).join(', ')}]`;
    return inline.length <= 60 ? inline : `[${countOf(value.length, 'item', 'items')}]`;
  }
  if (isText(value)) return value.zh && value.en ? `${value.zh} / ${value.en}` : (value.zh ?? value.en ?? '');
  const json = JSON.stringify(value);
  return json.length <= 60 ? json : `{${Object.keys(value as object).join(', ')}}`;
}

function isText(value: unknown): value is { zh?: string; en?: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (k === 'zh' || k === 'en') && typeof (value as Record<string, unknown>)[k] === 'string');
}
