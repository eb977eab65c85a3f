/** Levenshtein distance, for "did you mean" on rule codes. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Codes the user probably meant: the same name in another area
 * (`threshold-order` -> `tiers/threshold-order`), else the nearest codes
 * within a third of the length.
 */
export function suggestCodes(wanted: string, codes: readonly string[]): string[] {
  const needle = wanted.toLowerCase();
  const byName = codes.filter((code) => code.split('/').at(-1) === needle || code.endsWith(`/${needle}`));
  if (byName.length > 0) return byName;
  const budget = Math.max(2, Math.floor(needle.length / 3));
  return codes
    .map((code) => ({ code, d: Math.min(distance(needle, code), distance(needle, code.split('/').at(-1) ?? code)) }))
    .filter(({ d }) => d <= budget)
    .sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
    .slice(0, 3)
    .map(({ code }) => code);
}
