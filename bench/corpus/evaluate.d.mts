// Types of evaluate.mjs, for the engine's corpus test.
export interface CorpusRow {
  id: string;
  category: string;
  title: string;
  description: string;
  family?: string;
  expect?: string[];
}
export interface FamilyResult {
  family: string;
  total: number;
  found: number;
  recall: number;
}
export interface Report {
  families: FamilyResult[];
  recall: number;
  precision: number;
  honest: number;
  falsePositives: { id: string; codes: string[] }[];
  missed: CorpusRow[];
}
export const TEXT_CODES: string[];
export function corpusStoreFiles(): Record<string, string>;
export function readCorpus(): { honest: CorpusRow[]; evasions: (CorpusRow & { family: string; expect: string[] })[] };
export function evaluate(corpus: ReturnType<typeof readCorpus>, check: (listing: Record<string, unknown>) => string[]): Report;
export function formatReport(report: Report): string;
