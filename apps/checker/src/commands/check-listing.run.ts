import { readFileSync } from 'node:fs';
import { buildMessageCatalog, listingChecksNotRun } from '@storepolicy/engine';
import { docsPathFor, loadYaml, SEVERITY_RANK, type Diagnostic, type MessageCatalog } from '@storepolicy/schema';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { listingMessages } from '../listing/messages.js';
import { commandMessages as m } from './messages.js';
import { parseNow, parseReportOptions, type ReportOptions } from '../parse-options.js';
import { buildReport } from '../report/model.js';
import { formatters } from '../report/formatters/index.js';
import { renderReport } from '../report/render.js';
import { runBulk, type BulkTotals, type UncheckedColumn } from '../listing/bulk.js';
import { parseEncoding } from '../listing/encoding.js';
import { loadListingEngine } from '../listing/engine-api.js';
import type { TargetField } from '../listing/fields.js';
import { MappingError, mappingFromValue, parseColumnsOption } from '../listing/header-map.js';
import { classifyInputs } from '../listing/inputs.js';
import { ListingWaivers } from '../listing/listing-waivers.js';
import { BaselineMatcher, fingerprint, type BaselineSetup } from '../listing/baseline.js';
import { readBaseline, writeBaseline } from '../listing/baseline-file.js';
import { renderRowPretty, renderRuleSummary, rowFindingToDiagnostic } from '../listing/row-report.js';
import { inferStoreDir, loadStore } from '../listing/store.js';
import { openStreamOutput } from '../listing/stream-output.js';
import { checkYamlListings, readYamlListings } from '../listing/yaml-listings.js';
import { parseWaiverMaxDays } from './validate.run.js';
import { writeStderr } from '../io/output.js';
import { waiverPaths } from '../io/repo-root.js';

const COMMAND = 'storepolicy check listing';

/** `storepolicy check listing <files...>`: YAML listings, CSV exports, NDJSON (files or stdin). */
export async function runCheckListing(files: string[], raw: Record<string, unknown>): Promise<number> {
  const ndjson = raw.format === 'ndjson';
  const options = parseReportOptions({ ...raw, format: ndjson ? 'json' : raw.format });
  const encoding = parseEncoding(raw.encoding);
  const columns = readColumns(raw.map, raw.columns);
  const jobs = parseJobs(raw.jobs);
  const summaryOnly = raw.summary === true;
  const now = parseNow(raw.now);
  const waiverMaxDays = parseWaiverMaxDays(raw.waiverMaxDays);

  const inputs = classifyInputs(files);
  if (ndjson && inputs.yaml.length > 0) {
    throw new UsageError(m.ndjsonForYaml());
  }
  const yaml = inputs.yaml.length > 0 ? readYamlListings(inputs.yaml) : undefined;
  const storeDir = typeof raw.store === 'string' ? raw.store : inferStoreDir([...inputs.yaml, ...inputs.bulk.map((b) => b.file)], yaml?.store);
  if (storeDir === undefined) {
    throw new UsageError(m.whichStore());
  }
  const store = loadStore(storeDir, yaml?.store, options.lang);
  const engine = await loadListingEngine();
  // compiled once, on first use: this thread checks with it (YAML listings,
  // small inputs) and checker threads receive it (engine listing/portable.ts)
  let compiledPolicy: ReturnType<typeof engine.compileListingPolicy> | undefined;
  const policy = () => (compiledPolicy ??= engine.compileListingPolicy(store.bundle));
  let compiled: ReturnType<typeof engine.listingCheckerFor> | undefined;
  const checker = () => (compiled ??= engine.listingCheckerFor(policy()));
  const catalog = buildMessageCatalog();
  const waivers = new ListingWaivers(store.bundle, now, { maxDays: waiverMaxDays, ...waiverPaths() });
  // --baseline: known findings counted apart like waived ones; --write-baseline: every unwaived finding's fingerprint
  const baselineFile = typeof raw.baseline === 'string' ? raw.baseline : undefined;
  const writeTo = typeof raw.writeBaseline === 'string' ? raw.writeBaseline : undefined;
  const baseline: BaselineSetup | undefined = baselineFile === undefined ? undefined : { file: baselineFile, fingerprints: readBaseline(baselineFile) };
  const baselineMatcher = baseline && new BaselineMatcher(baseline);
  const fingerprints: string[] = [];
  const waive = (file: string, found: readonly Diagnostic[], sku: string | undefined) => {
    const marked = waivers.apply(file, found, sku);
    // a YAML listing's pointers start at /spec; a baseline names the field as a catalogue row does
    const asRow = marked.map((d) => ({ code: d.code, pointer: d.pointer.replace(/^\/spec(?=\/|$)/, ''), params: d.params, waivedBy: d.waivedBy }));
    if (writeTo !== undefined) {
      for (const f of asRow) {
        const print = f.waivedBy ? undefined : fingerprint(sku, f.code, f.pointer, f.params);
        if (print !== undefined) fingerprints.push(print);
      }
    }
    if (baselineMatcher) {
      baselineMatcher.apply(asRow, sku);
      asRow.forEach((f, i) => {
        if (f.waivedBy && !marked[i]!.waivedBy) marked[i]!.waivedBy = f.waivedBy;
      });
    }
    return marked;
  };

  const yamlResult = yaml ? checkYamlListings(yaml, checker(), engine, options.failOn, waive) : { diagnostics: [], failing: 0 };
  const diagnostics: Diagnostic[] = yamlResult.diagnostics;
  const sources = new Map([...store.sources, ...(yaml?.project.sources ?? [])]);
  const streamed = ndjson || options.format === 'pretty';
  const out = streamed ? openStreamOutput(options.output) : undefined;
  let totals: BulkTotals = { listings: 0, failing: 0, counts: {}, waiversMatched: new Set() };
  // CSV columns nobody reads, named at their header (SPEC section 9); --strict-columns fails on them
  const unchecked: Diagnostic[] = [];
  const strictColumns = raw.strictColumns === true;
  try {
    if (out && options.format === 'pretty' && diagnostics.length > 0 && !summaryOnly) {
      await out.write(prettyYaml(diagnostics, options, catalog, sources));
    }
    if (inputs.bulk.length > 0) {
      totals = await runBulk({
        inputs: inputs.bulk,
        portablePolicy: () => engine.toPortablePolicy(policy()),
        readingTables: engine.readingTables,
        checker,
        catalog,
        lang: options.lang,
        failOn: options.failOn,
        ndjson,
        encoding,
        columns,
        jobs,
        writesToFile: options.output !== undefined,
        // pretty and ndjson show the characters themselves (caret, offsets in the field)
        positions: !streamed,
        ...(waivers.size > 0 ? { waiversFor: (file: string) => waivers.forFile(file) } : {}),
        ...(baseline ? { baseline } : {}),
        ...(writeTo !== undefined ? { fingerprints: true } : {}),
        onUncheckedColumns(file, columns) {
          for (const column of columns) unchecked.push(uncheckedColumnDiagnostic(file, column, strictColumns));
        },
        async onRows(file, result) {
          if (result.fingerprints) fingerprints.push(...result.fingerprints);
          if (ndjson) {
            if (result.ndjson) await out!.write(result.ndjson);
          } else if (options.format === 'pretty') {
            if (summaryOnly) return;
            for (const row of result.rows ?? []) await out!.write(renderRowPretty(file, row, catalog, options.lang, options.color));
          } else {
            for (const row of result.rows ?? []) for (const f of row.findings) diagnostics.push(rowFindingToDiagnostic(file, row, f));
          }
        },
      });
    }
    waivers.addMatched(totals.waiversMatched);
    if (writeTo !== undefined) {
      const written = writeBaseline(writeTo, fingerprints);
      writeStderr(`${listingMessages.baselineWritten({ file: writeTo, count: written }).render(options.lang)}\n`);
    }
    // the waivers' own findings (expired where it mattered, unused): after every listing
    // checks the store's policies cannot feed (no packing.yaml, no after-sales.yaml), said in every format
    const own = [...listingChecksNotRun(store.bundle), ...unchecked, ...waivers.findings()];
    const summaryTotals = {
      listings: totals.listings + (yaml?.listings.length ?? 0),
      failing: totals.failing + yamlResult.failing,
      files: inputs.yaml.length + inputs.bulk.length,
      ...(totals.unreadable ? { unreadable: totals.unreadable } : {}),
    };
    const counts = { ...totals.counts };
    const index = { error: 0, warning: 1, info: 2 } as const;
    for (const d of [...yamlResult.diagnostics, ...own]) (counts[d.code] ??= [0, 0, 0, 0, 0])[d.waivedBy ? (d.waivedBy.baseline ? 4 : 3) : index[d.severity]]++;
    const threshold = options.failOn === 'never' ? Infinity : SEVERITY_RANK[options.failOn];
    const waiversFail = own.some((d) => SEVERITY_RANK[d.severity] >= threshold);
    if (out) {
      if (options.format === 'pretty' && own.length > 0 && !summaryOnly) await out.write(prettyYaml(own, options, catalog, sources));
      // ndjson: one line per input line on stdout, so the waivers' findings go to stderr
      if (ndjson && own.length > 0) writeStderr(prettyYaml(own, { ...options, color: false }, catalog, sources));
      const summary = renderRuleSummary(counts, { ...summaryTotals, baseline: baseline !== undefined }, options.lang) + notCheckedLine(unchecked, options.lang);
      if (ndjson) {
        if (summaryOnly) writeStderr(summary);
      } else await out.write(summary);
      await out.finish();
    } else {
      const report = buildReport({ files: summaryTotals.files, diagnostics: [...diagnostics, ...own], catalog, lang: options.lang, baseline: baseline !== undefined });
      renderReport(report, options, COMMAND, sources);
    }
    return summaryTotals.failing > 0 || waiversFail ? 1 : 0;
  } catch (error) {
    out?.abort();
    throw error;
  }
}

function uncheckedColumnDiagnostic(file: string, column: UncheckedColumn, strict: boolean): Diagnostic {
  const { header, field, line, column: col, endLine, endColumn } = column;
  return {
    code: 'listing/unchecked-column',
    severity: strict ? 'error' : 'warning',
    messageId: field === undefined ? 'listing/unchecked-column.unmapped' : 'listing/unchecked-column.duplicate',
    params: field === undefined ? { column: header } : { column: header, field },
    file,
    pointer: '',
    related: [],
    docs: docsPathFor('listing/unchecked-column'),
    line,
    column: col,
    endLine,
    endColumn,
  };
}

/** The summary's "not checked" line: each CSV file's unread columns, once. */
function notCheckedLine(unchecked: readonly Diagnostic[], lang: 'en' | 'zh'): string {
  if (unchecked.length === 0) return '';
  const byFile = new Map<string, string[]>();
  for (const d of unchecked) byFile.set(d.file, [...(byFile.get(d.file) ?? []), String(d.params.column)]);
  const files = [...byFile].map(([file, columns]) => `${file}: ${columns.join(', ')}`).join('; ');
  return `${listingMessages.notChecked({ files }).render(lang)}\n`;
}

/** YAML listings in pretty form, without the formatter's totals line (the listing summary follows). */
function prettyYaml(diagnostics: Diagnostic[], options: ReportOptions, catalog: MessageCatalog, sources: ReadonlyMap<string, string>): string {
  const report = buildReport({ files: 0, diagnostics, catalog, lang: options.lang });
  const text = formatters.pretty(report, { lang: options.lang, color: options.color, command: COMMAND, readSource: (f) => sources.get(f) });
  return `${text.split('\n').slice(0, -1).join('\n')}\n`;
}

function readColumns(mapFile: unknown, inline: unknown): Record<string, TargetField> {
  try {
    const fromFile = typeof mapFile === 'string' ? readMapFile(mapFile) : {};
    const fromFlag = typeof inline === 'string' ? parseColumnsOption(inline) : {};
    return { ...fromFile, ...fromFlag };
  } catch (error) {
    if (error instanceof MappingError) throw new UsageError(error.text);
    throw error;
  }
}

function readMapFile(file: string): Record<string, TargetField> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(m.mapUnreadable({ file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  const { documents, diagnostics } = loadYaml(file, bytes);
  const problem = diagnostics.find((d) => d.severity === 'error');
  if (problem) throw new UsageError(m.mapNotYaml({ at: `${file}:${problem.line}:${problem.column}`, code: problem.code }));
  return mappingFromValue(documents[0]?.value, `--map ${file}`);
}

function parseJobs(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = z.coerce.number().int().min(0).max(64).safeParse(raw);
  if (!parsed.success) throw new UsageError(m.jobs({ value: String(raw) }));
  return parsed.data;
}
