import { editDistance as distance } from '@storepolicy/schema';

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
