import path from 'node:path';
import { buildMessageCatalog, PricingInputError, resolvePolicy, unknownCatalogCategories, type PriceRow } from '@storepolicy/engine';
import { dryRun } from '@storepolicy/engine';
import type { Diagnostic, Lang } from '@storepolicy/schema';
import { renderPromotionReport, waive, withCosts } from '../commands/check-promotion.run.js';
import { loadPromotionInputs, type PromotionInputs } from '../commands/check-promotion.load.js';
import { explainRows } from '../commands/explain.run.js';
import { renderTrace, traceLookup } from '../commands/explain.trace.js';
import { UsageError } from '../exit.js';
import { serveMessages as m } from './messages.js';
import { commandMessages, pricingMessage } from '../commands/messages.js';
import { formatters } from '../report/formatters/index.js';
import { buildReport, type Report } from '../report/model.js';
import type { PricedRow } from '../report/price-table.js';
import type { DryRunBody, ExplainBody } from './bodies.js';
import type { LoadCache } from './cache.js';
import { PROPOSALS_DIR, type StoreEntry } from './stores.js';

/** The path an unsaved proposal stands at: where Save would write it, so findings name that file. */
export function draftPath(entry: StoreEntry, name: string): string {
  return path.join(entry.dir, PROPOSALS_DIR, `${name}.yaml`);
}

export interface DryRunAnswer {
  report: Report;
  /** Price rows with the SKU's cost (the margin column), in the engine's order, without their step traces. */
  prices: Pick<PricedRow, 'promotion' | 'sku' | 'tier' | 'list' | 'single' | 'worst' | 'floor' | 'cost' | 'floorBy' | 'paysMoreThan'>[];
  file: string;
  ms: number;
}

interface Loaded {
  inputs: PromotionInputs;
  file: string;
  now: Date;
}

/**
 * The proposal's text stands in for its file (an overlay), the store is read
 * from disk: exactly what `check promotion <file> --store <dir>` loads.
 */
function load(entry: StoreEntry, body: DryRunBody, cache: LoadCache): Loaded {
  const file = draftPath(entry, body.name);
  const inputs = loadPromotionInputs([file], entry.dir, { overlay: new Map([[file, body.yaml]]), loadStoreProject: cache.loadProject });
  return { inputs, file, now: body.now ? new Date(body.now) : new Date() };
}

function catalogOf(inputs: PromotionInputs, cache: LoadCache) {
  return cache.catalog(path.join(inputs.storeDir, 'catalog.csv'));
}

/** `check promotion` on the form's YAML: the same loaders, engine call and report model. */
export function runDryRun(entry: StoreEntry, body: DryRunBody, cache: LoadCache): DryRunAnswer {
  const started = performance.now();
  const { inputs, file, now } = load(entry, body, cache);
  const catalog = catalogOf(inputs, cache);
  let prices: PriceRow[] = [];
  // as check promotion: a catalogue row in no store category drops out of every category-scoped promotion, so say so
  const diagnostics = [...inputs.diagnostics, ...unknownCatalogCategories(inputs.bundle, catalog.items, catalog.categoryAt)];
  if (inputs.proposals.length > 0) {
    try {
      const result = dryRun({ bundle: inputs.bundle, proposals: inputs.proposals, catalog: catalog.items, now });
      prices = result.prices;
      diagnostics.push(...result.diagnostics);
    } catch (error) {
      if (error instanceof PricingInputError) throw new UsageError(pricingMessage(error.problem));
      throw error;
    }
  }
  const report = buildReport({
    files: inputs.files.length + catalog.files.length,
    // the store's waivers apply as in check promotion (a waived finding is counted apart)
    diagnostics: waive(diagnostics, inputs.bundle, inputs.proposals, now),
    catalog: buildMessageCatalog(),
    lang: body.lang,
  });
  // Engine order, as the CLI's table (the page sorts breaches first). The step
  // traces stay on the server: 50,000 rows with steps are tens of MB per
  // keystroke, and a cell's trace is one `explain` request away.
  const cost = new Map(catalog.items.map((item) => [item.sku, item.cost]));
  const priced = prices.map((r) => ({
    promotion: r.promotion,
    sku: r.sku,
    tier: r.tier,
    list: r.list,
    single: r.single,
    worst: r.worst,
    floor: r.floor,
    cost: cost.get(r.sku),
    ...(r.floorBy ? { floorBy: r.floorBy } : {}),
    // the matrix marks the row from this, the engine's verdict (promotion/tier-inversion)
    ...(r.paysMoreThan ? { paysMoreThan: r.paysMoreThan } : {}),
  }));
  return { report, prices: priced, file, ms: Math.round(performance.now() - started) };
}

/** The `explain` trace of one cell, rendered by the command's own renderer (no colour). */
export function runExplainCell(entry: StoreEntry, body: ExplainBody, cache: LoadCache): { text: string; rows: PriceRow[] } {
  const { inputs, now } = load(entry, body, cache);
  if (inputs.proposals.length === 0) throw new UsageError(m.proposalNotLoading());
  const catalog = catalogOf(inputs, cache);
  const item = catalog.items.find((candidate) => candidate.sku === body.sku);
  if (!item) throw new UsageError(commandMessages.skuNotInCatalog({ sku: body.sku, file: catalog.files[0] ?? '' }));
  // as `storepolicy explain`: a SKU filed under a category the store does not have
  // is in no category-scoped promotion, and that finding is the answer, not a trace
  const unknownCategory = unknownCatalogCategories(inputs.bundle, [item], catalog.categoryAt);
  if (unknownCategory.length > 0) {
    const report = buildReport({ files: inputs.files.length, diagnostics: unknownCategory, catalog: buildMessageCatalog(), lang: body.lang });
    const text = formatters.pretty(report, { lang: body.lang, color: false, command: 'storepolicy explain', readSource: (f) => inputs.sources.get(f) });
    return { text, rows: [] };
  }
  let rows: PriceRow[];
  try {
    rows = explainRows(inputs, catalog.items, now, body.sku, body.tier, undefined);
  } catch (error) {
    if (error instanceof PricingInputError) throw new UsageError(pricingMessage(error.problem));
    throw error;
  }
  const lookup = traceLookup([...inputs.proposals, ...inputs.bundle.promotions], inputs.bundle.memberTiers);
  const limits = resolvePolicy(inputs.bundle.promotionPolicy).limits;
  const text = rows.map((row) => renderTrace(row, lookup, { lang: body.lang, color: false, cost: item.cost, limits })).join('\n\n');
  return { text, rows };
}

/** The pull-request comment, from the same renderer as `check promotion --format markdown`. */
export function runMarkdown(entry: StoreEntry, body: DryRunBody, lang: Lang, cache: LoadCache): string {
  const { inputs, now } = load(entry, body, cache);
  const catalog = catalogOf(inputs, cache);
  let result: { diagnostics: Diagnostic[]; prices: PriceRow[] } = { diagnostics: [], prices: [] };
  try {
    if (inputs.proposals.length > 0) result = dryRun({ bundle: inputs.bundle, proposals: inputs.proposals, catalog: catalog.items, now });
  } catch (error) {
    if (error instanceof PricingInputError) throw new UsageError(pricingMessage(error.problem));
    throw error;
  }
  const report = buildReport({
    files: inputs.files.length + catalog.files.length,
    diagnostics: waive(
      [...inputs.diagnostics, ...unknownCatalogCategories(inputs.bundle, catalog.items, catalog.categoryAt), ...result.diagnostics],
      inputs.bundle,
      inputs.proposals,
      now,
    ),
    catalog: buildMessageCatalog(),
    lang,
    prices: result.prices,
  });
  return renderPromotionReport(
    report,
    withCosts(result.prices, catalog.items),
    { format: 'markdown', output: undefined, failOn: 'error', lang, color: false, debug: false },
    50,
    inputs.sources,
  );
}
