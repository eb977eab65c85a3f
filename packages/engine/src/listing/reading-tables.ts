/**
 * The per-code-unit tables the normaliser and the contact scanner read
 * (read-as-buyer.ts, contact-scanner.ts). Building them walks every BMP
 * character through Unicode properties, NFKC and OpenCC: tens of
 * milliseconds, once per thread. A checker thread instead takes the tables
 * its main thread built (a structured clone of ~400 KB): `useReadingTables`
 * must run before read-as-buyer.ts is first evaluated (a side-effect import
 * ahead of the others, see apps/checker/src/listing/worker-tables.ts).
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

/** Use tables built by another thread (`readingTables()` there) instead of building them here. */
export function useReadingTables(tables: ReadingTables): void {
  const sizes: Record<keyof ReadingTables, number> = { fold: 0x10000, gap: 0x10000, digit: 0x10000, needsCopy: 0x10000, separator: 0x10000 };
  // a wrong table would read text wrongly without a sound: refuse it instead
  for (const [name, size] of Object.entries(sizes)) {
    if (tables[name as keyof ReadingTables]?.length !== size) throw new Error(`reading table ${name} is not ${size} entries`);
  }
  given = tables;
}

/** The tables handed over by `useReadingTables`, if any. */
export function givenReadingTables(): ReadingTables | undefined {
  return given;
}
