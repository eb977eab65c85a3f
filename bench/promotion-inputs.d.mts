// Types of bench/promotion-inputs.mjs, for the test that imports it.
export const START: string;
export const END: string;
export const NOW: string;
export function generate(
  dir: string,
  skus: number,
): { store: string; proposal: string; catalog: string; rows: number; historyRows: number };
