import path from 'node:path';
import {
  buildMessageCatalog,
  explainPrice,
  PricingInputError,
  resolvePolicy,
  type CatalogItem,
  type PriceRow,
  unknownCatalogCategories,
} from '@storepolicy/engine';
import { langFromEnv } from '@storepolicy/schema';
import { z } from 'zod';
import { loadCatalog } from '../catalog/index.js';
import { EXIT, UsageError } from '../exit.js';
import { commandMessages as m, pricingMessage } from './messages.js';
import { emit } from '../io/output.js';
import { parseNow } from '../parse-options.js';
import { formatters } from '../report/formatters/index.js';
import { buildReport } from '../report/model.js';
import { loadPromotionInputs, type PromotionInputs } from './check-promotion.load.js';
import { renderTrace, traceLookup } from './explain.trace.js';
import { colorAllowed, runtime } from '../io/runtime.js';

const optionsSchema = z.object({
  sku: z.string().trim().min(1),
  tier: z.string().trim().min(1).optional(),
  promotion: z.string().trim().min(1).optional(),
  store: z.string().min(1).optional(),
  catalog: z.string().min(1).optional(),
  history: z.string().min(1).optional(),
  format: z.enum(['pretty', 'json']).default('pretty'),
  lang: z.enum(['en', 'zh']).optional(),
  color: z.boolean().default(true),
});

/** `storepolicy explain <promotion> --sku S [--tier T]`: how one price came about, step by step. */
export async function runExplain(file: string, raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(m.invalidValue({ option: `--${String(parsed.error.issues[0]?.path[0] ?? '')}` }));
  const o = parsed.data;
  const lang = o.lang ?? langFromEnv(runtime().env);
  const color = o.color && colorAllowed(false);
  const now = parseNow(raw.now);

  const inputs = loadPromotionInputs([file], o.store);
  if (inputs.proposals.length === 0) {
    // the promotion itself is malformed: show why, as check promotion would
    const report = buildReport({ files: inputs.files.length, diagnostics: inputs.diagnostics, catalog: buildMessageCatalog(), lang });
    emit(formatters.pretty(report, { lang, color, command: 'storepolicy explain', readSource: (f) => inputs.sources.get(f) }), undefined);
    return EXIT.findings;
  }
  const catalog = loadCatalog(o.catalog ?? path.join(inputs.storeDir, 'catalog.csv'), o.history);
  const item = catalog.items.find((candidate) => candidate.sku === o.sku);
  if (!item) throw new UsageError(m.skuNotInCatalog({ sku: o.sku, file: catalog.files[0] ?? '' }));
  // a SKU filed under a category the store does not have is in no category-scoped
  // promotion: that is the finding, not "no promotion applies" (SPEC section 9)
  const unknownCategory = unknownCatalogCategories(inputs.bundle, [item], catalog.categoryAt);
  if (unknownCategory.length > 0) {
    const report = buildReport({ files: inputs.files.length, diagnostics: unknownCategory, catalog: buildMessageCatalog(), lang });
    emit(formatters.pretty(report, { lang, color, command: 'storepolicy explain', readSource: (f) => inputs.sources.get(f) }), undefined);
    return EXIT.findings;
  }

  const rows = explainRows(inputs, catalog.items, now, o.sku, o.tier, o.promotion);
  if (o.format === 'json') {
    emit(JSON.stringify({ version: 1, prices: rows }, null, 2), undefined);
    return EXIT.ok;
  }
  const lookup = traceLookup([...inputs.proposals, ...inputs.bundle.promotions], inputs.bundle.memberTiers);
  const limits = resolvePolicy(inputs.bundle.promotionPolicy).limits;
  const text = rows.map((row) => renderTrace(row, lookup, { lang, color, cost: item.cost, limits })).join('\n\n');
  emit(text, undefined);
  return EXIT.ok;
}

/** One trace per tier asked for (every tier when none is), skipping tiers the promotion does not serve. */
export function explainRows(
  inputs: PromotionInputs,
  catalog: CatalogItem[],
  now: Date,
  sku: string,
  tier: string | undefined,
  promotion: string | undefined,
): PriceRow[] {
  const tiers = tier ? [tier] : (inputs.bundle.memberTiers?.value.spec.tiers ?? []).map((t) => t.id);
  if (tiers.length === 0) throw new UsageError(m.noTiers({ dir: inputs.storeDir }));
  const rows: PriceRow[] = [];
  let lastError: PricingInputError | undefined;
  for (const id of tiers) {
    try {
      rows.push(
        explainPrice({
          bundle: inputs.bundle,
          proposals: inputs.proposals,
          catalog,
          now,
          sku,
          tier: id,
          ...(promotion ? { promotion } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof PricingInputError)) throw error;
      // an explicit --tier must explain itself; in "every tier" mode a tier the promotion skips is just absent
      if (tier) throw new UsageError(pricingMessage(error.problem));
      lastError = error;
    }
  }
  if (rows.length === 0) {
    // every tier was tried: name them all, not the last one tried, which the user never gave
    if (!tier && lastError?.reason === 'outOfScope') {
      throw new UsageError(m.noPromotionForAnyTier({ sku, tiers: tiers.join(', ') }));
    }
    throw new UsageError(lastError ? pricingMessage(lastError.problem) : m.nothingPrices({ sku }));
  }
  return rows;
}
