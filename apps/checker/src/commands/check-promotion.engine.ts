// Temporary seam: the pricing engine's dryRun is landing in parallel (issue 3,
// packages/engine/src/pricing). Replaced by a direct import once it is exported.
import * as engine from '@storepolicy/engine';
import type { CatalogItem, PriceRow, StoreBundle } from '@storepolicy/engine';
import type { Diagnostic, PolicyDocument, Promotion } from '@storepolicy/schema';

export interface DryRunInput {
  bundle: StoreBundle;
  proposals: PolicyDocument<Promotion>[];
  catalog: CatalogItem[];
  now: Date;
  tiers?: string[];
  skus?: string[];
}

export interface DryRunResult {
  diagnostics: Diagnostic[];
  prices: PriceRow[];
}

export function dryRun(input: DryRunInput): DryRunResult {
  const fn = (engine as unknown as { dryRun?: (input: DryRunInput) => DryRunResult }).dryRun;
  if (!fn) throw new Error('the pricing engine (dryRun) is not built yet');
  return fn(input);
}
