import { parseMoney } from '@storepolicy/schema';
import { z } from 'zod';

// Zod describes values a program hands us (an ERP or platform export), never
// policy documents: those are JSON Schema's job (STYLE.md, "Where zod fits").

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORY = /^[a-z][a-z0-9_-]{0,63}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YUAN = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** zod's words for the formats below; catalog/messages.ts says them again in Chinese (zodIssueMessage). */
export const FORMAT_TEXT = {
  sku: 'a SKU is letters, digits, dots, dashes or underscores (at most 64), starting with a letter or digit',
  category: 'a category id is lower-case letters, digits, dashes or underscores, as in store.yaml',
  date: 'a date is YYYY-MM-DD in the store timezone',
  money: 'is not an amount in yuan with at most two decimals',
} as const;

/** Yuan as a number or text with at most two decimals -> integer fen (never through float maths). */
export const money = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = typeof value === 'string' ? value.trim() : value;
    if (typeof text === 'string' && !YUAN.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" ${FORMAT_TEXT.money} (write 199, 199.9 or 199.90)`,
      });
      return z.NEVER;
    }
    try {
      return parseMoney(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${value} ${FORMAT_TEXT.money}` });
      return z.NEVER;
    }
  });

/** Absent, empty or null (NDJSON) means "nothing sold that day". */
const optionalMoney = money.nullable().optional().transform((value) => value ?? undefined);

const sku = z
  .string()
  .trim()
  .regex(SKU, FORMAT_TEXT.sku);

const category = z
  .string()
  .trim()
  .regex(CATEGORY, FORMAT_TEXT.category);

const date = z.string().trim().regex(DATE, FORMAT_TEXT.date);

/** One history day as a CSV row or an NDJSON `history[]` entry. */
export const historyEntrySchema = z.object({
  date,
  list_price: money,
  lowest_transaction_price: optionalMoney,
});

export const historyRowSchema = historyEntrySchema.extend({ sku });

export const catalogRowSchema = z.object({
  sku,
  category,
  list_price: money,
  cost: money,
  name: z.string().trim().optional(),
});

/** NDJSON rows may carry their history inline. */
export const catalogNdjsonRowSchema = catalogRowSchema.extend({
  history: z.array(historyEntrySchema).optional(),
});

/** yuan text already matched by YUAN -> fen, with integer maths only. */
function yuanTextToFen(text: string): number {
  const dot = text.indexOf('.');
  if (dot === -1) return Number(text) * 100;
  const decimals = text.slice(dot + 1);
  return Number(text.slice(0, dot)) * 100 + Number(decimals.length === 1 ? `${decimals}0` : decimals);
}

function fastMoney(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return YUAN.test(trimmed) ? yuanTextToFen(trimmed) : undefined;
}

/**
 * Fast paths for the two CSV row shapes: the same patterns as the zod schemas
 * above (the regexes are shared), without building an object per row. A row
 * they do not accept is parsed by zod, which then says what is wrong, so
 * every message still comes from the zod schemas.
 */
export function fastCatalogRow(
  sku: string | undefined,
  category: string | undefined,
  list: string | undefined,
  cost: string | undefined,
): { sku: string; category: string; list_price: number; cost: number } | undefined {
  const s = sku?.trim();
  const c = category?.trim();
  if (s === undefined || c === undefined || !SKU.test(s) || !CATEGORY.test(c)) return undefined;
  const l = fastMoney(list);
  const k = fastMoney(cost);
  if (l === undefined || k === undefined) return undefined;
  return { sku: s, category: c, list_price: l, cost: k };
}

export function fastHistoryRow(
  sku: string | undefined,
  date: string | undefined,
  list: string | undefined,
  low: string | undefined,
): { sku: string; date: string; list_price: number; lowest_transaction_price: number | undefined } | undefined {
  const s = sku?.trim();
  const d = date?.trim();
  if (s === undefined || d === undefined || !SKU.test(s) || !DATE.test(d)) return undefined;
  const l = fastMoney(list);
  if (l === undefined) return undefined;
  if (low === undefined || low.trim() === '') return { sku: s, date: d, list_price: l, lowest_transaction_price: undefined };
  const t = fastMoney(low);
  return t === undefined ? undefined : { sku: s, date: d, list_price: l, lowest_transaction_price: t };
}

export const CATALOG_COLUMNS = ['sku', 'category', 'list_price', 'cost'] as const;
export const HISTORY_COLUMNS = ['sku', 'date', 'list_price', 'lowest_transaction_price'] as const;
