/**
 * The per-code-unit tables the normaliser and the contact scanner read
 * (read-as-buyer.ts, contact-scanner.ts). Building them walks every BMP
 * character through Unicode properties, NFKC and OpenCC: tens of
 * milliseconds, once per thread. A checker thread instead takes the tables
 * its main thread built (a structured clone of ~400 KB), left at
 * `READING_TABLES_KEY` (or given to `useReadingTables`) before read-as-buyer.ts
 * is first evaluated (see apps/checker/src/listing/worker.ts).
 * This module imports nothing, so it can be loaded first.
 */
export interface ReadingTables {
  fold: Uint16Array;
  gap: Uint8Array;
  digit: Int8Array;
  needsCopy: Uint8Array;
  separator: Uint8Array;
}

let given: ReadingTables | undefined;

/**
 * Where a thread's entry leaves tables for this module before any engine
 * module is evaluated (a bundled thread cannot call `useReadingTables` first:
 * its first import of the engine evaluates read-as-buyer.ts with it).
 */
export const READING_TABLES_KEY: unique symbol = Symbol.for('storepolicy.readingTables') as never;

/** Use tables built by another thread (`readingTables()` there) instead of building them here. */
export function useReadingTables(tables: ReadingTables): void {
  checkTables(tables);
  given = tables;
}

/** The tables handed over by `useReadingTables` or left at `READING_TABLES_KEY`, if any. */
export function givenReadingTables(): ReadingTables | undefined {
  if (given) return given;
  const left = (globalThis as Record<symbol, ReadingTables | undefined>)[READING_TABLES_KEY];
  if (left === undefined) return undefined;
  checkTables(left);
  given = left;
  return given;
}

function checkTables(tables: ReadingTables): void {
  const sizes: Record<keyof ReadingTables, number> = { fold: 0x10000, gap: 0x10000, digit: 0x10000, needsCopy: 0x10000, separator: 0x10000 };
  // a wrong table would read text wrongly without a sound: refuse it instead
  for (const [name, size] of Object.entries(sizes)) {
    if (tables[name as keyof ReadingTables]?.length !== size) throw new Error(`reading table ${name} is not ${size} entries`);
  }
}
