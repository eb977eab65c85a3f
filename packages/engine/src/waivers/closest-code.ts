import { editDistance as distance } from '@storepolicy/schema';

/** The known code nearest to a misspelt one, for "did you mean". */
export function closestCode(code: string, known: readonly string[]): string {
  let best = known[0] ?? '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(code, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
