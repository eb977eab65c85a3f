import path from 'node:path';
import {
  applyWaivers,
  buildMessageCatalog,
  DEFAULT_WAIVER_MAX_DAYS,
  dryRun,
  type CatalogItem,
  type PriceRow,
  type StoreBundle,
  unknownCatalogCategories,
} from '@storepolicy/engine';
import type { Diagnostic } from '@storepolicy/schema';
import { z } from 'zod';
import { loadCatalog } from '../catalog/index.js';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { emit } from '../io/output.js';
import { parseNow, parseReportOptions, type ReportOptions } from '../parse-options.js';
import { formatters } from '../report/formatters/index.js';
import { githubDocsBase, markdownFormatter } from '../report/formatters/markdown.js';
import { buildReport, exitCodeFor, type FormatContext, type Report } from '../report/model.js';
import { renderPriceTableText, WorstRows, type PricedRow } from '../report/price-table.js';
import { emitChunks, jsonChunks } from './check-promotion.json.js';
import { loadPromotionInputs } from './check-promotion.load.js';
import { runtime } from '../io/runtime.js';
import { waiverPaths } from '../io/repo-root.js';
import { parseWaiverMaxDays } from './validate.run.js';

const COMMAND = 'storepolicy check promotion';

const filterSchema = z.object({
  store: z.string().min(1).optional(),
  catalog: z.string().min(1).optional(),
  history: z.string().min(1).optional(),
  tier: z.array(z.string()).optional(),
  sku: z.array(z.string()).optional(),
  rows: z.coerce.number().int().positive(),
});

export function parseFilters(raw: Record<string, unknown>): z.output<typeof filterSchema> {
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(m.badOption({ option: `--${String(issue?.path[0] ?? '')}`, detail: issue?.message ?? 'invalid' }));
  }
  return parsed.data;
}

/** `storepolicy check promotion <files...>`: dry-run proposals against their store. */
export async function runCheckPromotion(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseReportOptions(raw);
  const now = parseNow(raw.now);
  const waiverMaxDays = parseWaiverMaxDays(raw.waiverMaxDays);
  const filters = parseFilters(raw);
  const inputs = loadPromotionInputs(paths, filters.store);
  const catalogFile = filters.catalog ?? path.join(inputs.storeDir, 'catalog.csv');
  const catalog = loadCatalog(catalogFile, filters.history);
  checkFilters(filters, inputs.bundle, catalog.items, catalog.files[0]!);
  // The terminal table shows the worst few rows: it takes them as they are priced and keeps no other.
  const table = options.format === 'pretty' ? new WorstRows<PricedRow>(filters.rows) : undefined;
  const costed = table ? withCost(catalog.items) : undefined;
  const result = dryRun({
    bundle: inputs.bundle,
    proposals: inputs.proposals,
    catalog: catalog.items,
    now,
    ...(filters.tier ? { tiers: filters.tier } : {}),
    ...(filters.sku ? { skus: filters.sku } : {}),
    ...(table && costed ? { onRow: (row: PriceRow) => table.add(costed(row)) } : {}),
  });
  const report = buildReport({
    files: inputs.files.length + catalog.files.length,
    // a catalogue row in no store category drops out of every category-scoped promotion: say so
    diagnostics: waive(
      [...inputs.diagnostics, ...unknownCatalogCategories(inputs.bundle, catalog.items, catalog.categoryAt), ...result.diagnostics],
      inputs.bundle,
      inputs.proposals,
      now,
      waiverMaxDays,
    ),
    catalog: buildMessageCatalog(),
    lang: options.lang,
    prices: result.prices,
  });
  if (options.format === 'json') {
    await emitChunks(jsonChunks(report, formatContext(options, inputs.sources)), options.output);
  } else {
    emit(renderPromotionReport(report, table ?? withCosts(result.prices, catalog.items), options, filters.rows, inputs.sources), options.output);
  }
  return exitCodeFor(report, options.failOn);
}

/** A typo in --tier or --sku would silently price nothing: name what exists instead. */
function checkFilters(
  filters: { tier?: string[] | undefined; sku?: string[] | undefined },
  bundle: StoreBundle,
  items: readonly CatalogItem[],
  catalogFile: string,
): void {
  const tiers = new Set((bundle.memberTiers?.value.spec.tiers ?? []).map((tier) => tier.id));
  const unknownTiers = (filters.tier ?? []).filter((tier) => !tiers.has(tier));
  if (unknownTiers.length > 0) {
    throw new UsageError(m.unknownTier({ tiers: unknownTiers.join(','), known: [...tiers].join(', ') }));
  }
  if (filters.sku) {
    const skus = new Set(items.map((item) => item.sku));
    const unknownSkus = filters.sku.filter((sku) => !skus.has(sku));
    if (unknownSkus.length > 0) throw new UsageError(m.unknownSku({ skus: unknownSkus.join(','), file: catalogFile }));
  }
}

/**
 * The store's waivers apply to a dry-run's findings as they do in validate
 * (a waived price-floor on a clearance SKU is counted apart). The waivers'
 * own findings (expired, unused) are validate's business: a waiver for
 * another promotion is not "unused" because this one did not need it.
 */
export function waive(
  diagnostics: Diagnostic[],
  bundle: StoreBundle,
  proposals: StoreBundle['promotions'],
  now: Date,
  maxDays = DEFAULT_WAIVER_MAX_DAYS,
): Diagnostic[] {
  if (bundle.waivers.length === 0) return diagnostics;
  const withProposals: StoreBundle = { ...bundle, promotions: [...bundle.promotions, ...proposals] };
  // the repository's horizon (`--waiver-max-days`, as validate takes it): a waiver validate refuses covers nothing here either
  return applyWaivers(diagnostics, { stores: [withProposals], bases: [] }, now, { ...waiverPaths(), maxDays }).filter(
    (d) => !d.code.startsWith('waiver/'),
  );
}

/**
 * Pair each price row with the cost its margin column is taken over: the
 * cost the floor used (unit cost plus gifts counted in the margin), so a row
 * BELOW FLOOR never shows a comfortable margin; the catalogue's unit cost
 * only for rows that do not carry it.
 */
export function withCosts(rows: readonly PriceRow[], items: readonly CatalogItem[]): PricedRow[] {
  const costed = withCost(items);
  // The engine's rows carry their cost: copy only those that do not (an index loop: 500,000 rows).
  let all = true;
  for (let i = 0; i < rows.length && all; i++) all = rows[i]!.cost !== undefined;
  return all ? (rows as PricedRow[]) : rows.map(costed);
}

/** One row with its cost (see withCosts); the catalogue is indexed only if a row lacks one. */
function withCost(items: readonly CatalogItem[]): (row: PriceRow) => PricedRow {
  let cost: Map<string, number> | undefined;
  return (row) => {
    if (row.cost !== undefined) return row;
    cost ??= new Map(items.map((item) => [item.sku, item.cost]));
    return { ...row, cost: cost.get(row.sku) };
  };
}

function formatContext(options: ReportOptions, sources: ReadonlyMap<string, string>): FormatContext {
  return { lang: options.lang, color: options.color, command: COMMAND, readSource: (file: string) => sources.get(file) };
}

/**
 * Machine formats carry the SPEC `prices` array as the engine produced it;
 * the human ones (pretty, markdown) add the margin and cap the table length.
 */
export function renderPromotionReport(
  report: Report,
  /** Every row, or (pretty only) the table's rows gathered as they were priced. */
  priced: PricedRow[] | WorstRows<PricedRow>,
  options: ReportOptions,
  rows: number,
  sources: ReadonlyMap<string, string>,
): string {
  const context = formatContext(options, sources);
  if (options.format === 'pretty') {
    const findings = formatters.pretty(report, context);
    const table = renderPriceTableText(priced, { lang: options.lang, color: options.color, limit: rows });
    return table === '' ? findings : `${table}\n\n${findings}`;
  }
  if (options.format === 'markdown') {
    const docsBase = githubDocsBase(runtime().env);
    if (priced instanceof WorstRows) throw new Error('the Markdown table needs every row');
    return markdownFormatter(docsBase ? { rows, docsBase } : { rows })({ ...report, prices: priced }, context);
  }
  return formatters[options.format](report, context);
}
