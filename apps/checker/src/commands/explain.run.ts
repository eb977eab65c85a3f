import path from 'node:path';
import { buildMessageCatalog } from '@storepolicy/engine';
import { langFromEnv } from '@storepolicy/schema';
import { z } from 'zod';
import { loadCatalog } from '../catalog/index.js';
import { EXIT, UsageError } from '../exit.js';
import { emit } from '../io/output.js';
import { parseNow } from '../parse-options.js';
import { formatters } from '../report/formatters/index.js';
import { buildReport } from '../report/model.js';
import { dryRun } from './check-promotion.engine.js';
import { loadPromotionInputs } from './check-promotion.load.js';
import { renderTrace, traceLookup } from './explain.trace.js';

const optionsSchema = z.object({
  sku: z.string().trim().min(1),
  tier: z.string().trim().min(1).optional(),
  store: z.string().min(1).optional(),
  catalog: z.string().min(1).optional(),
  history: z.string().min(1).optional(),
  format: z.enum(['pretty', 'json']).default('pretty'),
  lang: z.enum(['en', 'zh']).optional(),
  color: z.boolean().default(true),
});

/** `storepolicy explain <promotion> --sku S [--tier T]`: how one price came about. */
export async function runExplain(file: string, raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`invalid option ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  const o = parsed.data;
  const lang = o.lang ?? langFromEnv(process.env);
  const color = o.color && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
  const now = parseNow(raw.now);

  const inputs = loadPromotionInputs([file], o.store);
  if (inputs.proposals.length === 0) {
    // the promotion itself is malformed: show why, as check promotion would
    const report = buildReport({ files: inputs.files.length, diagnostics: inputs.diagnostics, catalog: buildMessageCatalog(), lang });
    emit(formatters.pretty(report, { lang, color, command: 'storepolicy explain', readSource: (f) => inputs.sources.get(f) }), undefined);
    return EXIT.findings;
  }
  const catalog = loadCatalog(o.catalog ?? path.join(inputs.storeDir, 'catalog.csv'), o.history);
  if (!catalog.items.some((item) => item.sku === o.sku)) {
    throw new UsageError(`SKU ${o.sku} is not in ${catalog.files[0]}`);
  }
  const result = dryRun({
    bundle: inputs.bundle,
    proposals: inputs.proposals,
    catalog: catalog.items,
    now,
    skus: [o.sku],
    ...(o.tier ? { tiers: [o.tier] } : {}),
  });
  const rows = result.prices.filter((row) => row.sku === o.sku && (o.tier === undefined || row.tier === o.tier));
  if (rows.length === 0) {
    const names = inputs.proposals.map((doc) => doc.value.metadata.name).join(', ');
    throw new UsageError(
      `${names} does not price ${o.sku}${o.tier ? ` for tier ${o.tier}` : ''}: the SKU is outside its scope or the tier is not eligible`,
    );
  }
  if (o.format === 'json') {
    emit(JSON.stringify({ version: 1, prices: rows }, null, 2), undefined);
    return EXIT.ok;
  }
  const lookup = traceLookup([...inputs.proposals, ...inputs.bundle.promotions], inputs.bundle.memberTiers);
  emit(rows.map((row) => renderTrace(row, lookup, { lang, color })).join('\n\n'), undefined);
  return EXIT.ok;
}
