import { parseMoney } from '@storepolicy/schema';
import { z } from 'zod';

// Zod describes values a program hands us (an ERP or platform export), never
// policy documents: those are JSON Schema's job (STYLE.md, "Where zod fits").

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORY = /^[a-z][a-z0-9_-]{0,63}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const YUAN = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/** Yuan as a number or text with at most two decimals -> integer fen (never through float maths). */
export const money = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = typeof value === 'string' ? value.trim() : value;
    if (typeof text === 'string' && !YUAN.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an amount in yuan with at most two decimals (write 199, 199.9 or 199.90)`,
      });
      return z.NEVER;
    }
    try {
      return parseMoney(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${value} is not an amount in yuan with at most two decimals` });
      return z.NEVER;
    }
  });

/** Absent, empty or null (NDJSON) means "nothing sold that day". */
const optionalMoney = money.nullable().optional().transform((value) => value ?? undefined);

const sku = z
  .string()
  .trim()
  .regex(SKU, 'a SKU is letters, digits, dots, dashes or underscores (at most 64), starting with a letter or digit');

const category = z
  .string()
  .trim()
  .regex(CATEGORY, 'a category id is lower-case letters, digits, dashes or underscores, as in store.yaml');

const date = z.string().trim().regex(DATE, 'a date is YYYY-MM-DD in the store timezone');

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

export const CATALOG_COLUMNS = ['sku', 'category', 'list_price', 'cost'] as const;
export const HISTORY_COLUMNS = ['sku', 'date', 'list_price', 'lowest_transaction_price'] as const;
