import type { ChangeClass, ChangeType, FieldSemantics } from './types.js';

export function opposite(cls: ChangeClass | undefined): ChangeClass {
  return cls === 'tightens' ? 'loosens' : cls === 'loosens' ? 'tightens' : 'neutral';
}

/** How a change moves the guard rail, from its entry's knowledge of the field. */
export function classify(entry: FieldSemantics, type: ChangeType, before: unknown, after: unknown): ChangeClass {
  switch (type) {
    case 'value-changed':
      return entry.higher ? direction(entry, before, after) : (entry.changed ?? 'neutral');
    case 'value-added':
      return entry.default !== undefined ? direction(entry, entry.default, after) : (entry.present ?? 'neutral');
    case 'value-removed':
      return entry.default !== undefined ? direction(entry, before, entry.default) : opposite(entry.present);
    case 'item-added':
    case 'document-added':
      return entry.added ?? 'neutral';
    case 'item-removed':
    case 'document-removed':
      return opposite(entry.added);
    default:
      return 'neutral';
  }
}

function direction(entry: FieldSemantics, before: unknown, after: unknown): ChangeClass {
  if (!entry.higher) return 'neutral';
  const a = rank(entry, before);
  const b = rank(entry, after);
  if (a === undefined || b === undefined || a === b) return 'neutral';
  return b > a ? entry.higher : opposite(entry.higher);
}

/** The size of a numeric change, to two decimals (money and percents). */
export function delta(entry: FieldSemantics, before: unknown, after: unknown): number | undefined {
  if (entry.order) return undefined;
  const a = rank(entry, before);
  const b = rank(entry, after);
  if (a === undefined || b === undefined || typeof before === 'boolean') return undefined;
  if (typeof before === 'string' && !/^\d+(\.\d+)?$/.test(before)) return undefined;
  return Math.round(Math.abs(b - a) * 100) / 100;
}

/** A value on a line: numbers, numeric strings (money), booleans, ordered words, clock times, dates. */
function rank(entry: FieldSemantics, value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return undefined;
  if (entry.order) {
    const index = entry.order.indexOf(value);
    return index === -1 ? undefined : index;
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}
