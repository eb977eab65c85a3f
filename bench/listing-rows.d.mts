// Types of listing-rows.mjs, for the checker's test of its output on the benchmark's rows.
export function catalogueLines(rows: number, size?: 'short' | 'long'): Generator<string>;
export function generate(rows: number, file: string, size?: 'short' | 'long'): Promise<void>;
