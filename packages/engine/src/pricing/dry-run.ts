import type { Diagnostic, PolicyDocument, Promotion } from '@storepolicy/schema';
import type { StoreBundle } from '../model.js';
import { toDiagnostic, type FindingInput, type RuleMeta } from '../rule.js';
import { promotionChecks, skuChecks } from '../rules/promotion/_checks.js';
import { lowersPrice } from '../rules/promotion/price-floor.js';
import type { SkuCheckContext } from '../rules/promotion/_sku-check.js';
import { indexCatalog, type CatalogIndex } from './catalog-index.js';
import { compilePromotion, inScope, windowsOverlap, type CompiledPromotion } from './compile.js';
import { FULL, ceilDiv } from './math.js';
import { memberCoupons } from './member-coupons.js';
import { baselineOf, lowestListBefore, shiftDate, storeDate } from './history.js';
import { resolvePolicy, type ResolvedPolicy } from './policy.js';
import { Pricer } from './pricer.js';
import { markTierInversions } from './tier-inversion.js';
import { pricingTiers, storeTimeZone } from './tiers.js';
import type { CatalogItem, PriceRow } from './types.js';

export interface DryRunInput {
  bundle: StoreBundle;
  proposals: PolicyDocument<Promotion>[];
  catalog: CatalogItem[];
  /** The instant lead time is judged against. */
  now: Date;
  /** Only these tiers (default: every tier of MemberTiers). */
  tiers?: string[];
  /** Only these SKUs (default: every SKU in a proposal's scope). */
  skus?: string[];
  /**
   * Price the straightforward way: every row's steps built as it is priced
   * (by default they are built when first read). The output is the same;
   * tests hold the fast path to this one.
   */
  straightforward?: boolean;
  /**
   * Receive each price row once it is final (its SKU priced and checked,
   * tier inversions marked), in the order `prices` would hold them, instead
   * of collecting them: `prices` is then empty. A caller that shows a few
   * rows keeps only those; 500,000 rows kept alive to the end cost more
   * garbage collection than pricing them.
   */
  onRow?: (row: PriceRow) => void;
}

export interface DryRunResult {
  diagnostics: Diagnostic[];
  prices: PriceRow[];
}

export interface ExplainInput extends DryRunInput {
  sku: string;
  tier: string;
  /** The proposal to explain (default: whichever labels the row). */
  promotion?: string;
}

/** What is wrong with a dry-run input, with the names a caller needs to say it in the user's language. */
export type PricingProblem =
  | { kind: 'timezone'; zone: string }
  | { kind: 'unknownTiers'; tiers: string[]; known: string[] }
  | { kind: 'unknownSkus'; skus: string[] }
  | { kind: 'unknownTier'; tier: string; known: string[] }
  | { kind: 'unknownPromotion'; promotion: string; known: string[] }
  /** nothing prices the SKU for the tier asked; a caller trying every tier words it for all of them */
  | { kind: 'outOfScope'; sku: string; tier: string };

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The problem in English: the error's message (the engine is pure and holds no message tables; the CLI words it per language). */
function problemText(p: PricingProblem): string {
  switch (p.kind) {
    case 'timezone':
      return `store timezone "${p.zone}" is not an IANA timezone (e.g. Asia/Shanghai)`;
    case 'unknownTiers':
      return `unknown tier ${quoted(p.tiers)} (known: ${p.known.join(', ')})`;
    case 'unknownSkus':
      return `SKU ${quoted(p.skus)} is not in the catalogue`;
    case 'unknownTier':
      return `tier "${p.tier}" is not defined (known: ${p.known.join(', ')})`;
    case 'unknownPromotion':
      return `promotion "${p.promotion}" is neither proposed nor in the calendar (known: ${p.known.join(', ')})`;
    case 'outOfScope':
      return `no proposed promotion applies to SKU "${p.sku}" for tier "${p.tier}"`;
  }
}

/** A dry-run input the user must fix (unknown SKU, tier or promotion in `explain`). */
export class PricingInputError extends Error {
  override name = 'PricingInputError';
  constructor(readonly problem: PricingProblem) {
    super(problemText(problem));
  }

  /** `outOfScope`: nothing prices the SKU for the tier asked. */
  get reason(): 'outOfScope' | undefined {
    return this.problem.kind === 'outOfScope' ? 'outOfScope' : undefined;
  }
}

/** Per-SKU findings past this many per (rule, proposal) are summarised in one. */
export const SKU_FINDINGS_PER_RULE = 20;

interface Prepared {
  policy: ResolvedPolicy;
  proposals: CompiledPromotion[];
  /** Approved promotions other than the proposals. */
  calendar: CompiledPromotion[];
  pool: CompiledPromotion[];
  catalog: CatalogIndex;
  startDate: string;
}

function safeStoreDate(instant: number, bundle: StoreBundle): string {
  const zone = storeTimeZone(bundle);
  try {
    return storeDate(instant, zone);
  } catch {
    throw new PricingInputError({ kind: 'timezone', zone });
  }
}

/** Refuse filters that name nothing: an empty price table would look like "no problem". */
function checkFilters(input: DryRunInput): void {
  if (input.tiers && input.tiers.length > 0) {
    const known = pricingTiers(input.bundle).map((t) => t.id);
    const unknown = input.tiers.filter((t) => !known.includes(t));
    if (unknown.length > 0) throw new PricingInputError({ kind: 'unknownTiers', tiers: unknown, known });
  }
  if (input.skus && input.skus.length > 0) {
    const present = new Set(input.catalog.map((item) => item.sku));
    const unknown = input.skus.filter((sku) => !present.has(sku));
    if (unknown.length > 0) throw new PricingInputError({ kind: 'unknownSkus', skus: unknown });
  }
}

function prepare(input: DryRunInput): Prepared {
  const policy = resolvePolicy(input.bundle.promotionPolicy);
  const proposals = input.proposals.map((doc) => compilePromotion(doc, policy));
  const names = new Set(proposals.map((p) => p.id));
  const files = new Set(input.proposals.map((d) => `${d.file}#${d.index}`));
  // The calendar is the approved promotions (SPEC 2); a proposal that already
  // sits in promotions/ is the same promotion, not a second one.
  const calendar = input.bundle.promotions
    .filter((doc) => doc.value.spec.status === 'approved')
    .filter((doc) => !names.has(doc.value.metadata.name) && !files.has(`${doc.file}#${doc.index}`))
    .map((doc) => compilePromotion(doc, policy));
  const overlapping = calendar.filter((c) => proposals.some((p) => windowsOverlap(p, c)));
  const starts = proposals.map((p) => p.start).filter((t) => !Number.isNaN(t));
  const first = starts.length > 0 ? Math.min(...starts) : input.now.getTime();
  return {
    policy,
    proposals,
    calendar,
    pool: [...proposals, ...overlapping, ...memberCoupons(input.bundle, policy)],
    catalog: indexCatalog(input.catalog),
    startDate: safeStoreDate(first, input.bundle),
  };
}

/**
 * Check proposals against the store's policies and calendar and price every
 * SKU in their scope for every eligible tier (SPEC section 5). Pure.
 */
export function dryRun(input: DryRunInput): DryRunResult {
  checkFilters(input);
  const prep = prepare(input);
  const { policy, proposals, catalog } = prep;
  const diagnostics: Diagnostic[] = [];
  const report = (meta: RuleMeta, finding: FindingInput) => diagnostics.push(toDiagnostic(meta, finding));

  const calendarAll = prep.calendar;
  proposals.forEach((proposal, i) => {
    const others = [...proposals.filter((p) => p !== proposal), ...calendarAll];
    // Two proposals meeting are one pair: reported once, on the first.
    const pairWith = [...proposals.slice(i + 1), ...calendarAll];
    for (const check of promotionChecks) {
      check.check({ bundle: input.bundle, policy, proposal, others, pairWith, catalog, now: input.now, report });
    }
  });

  const prices = priceAndCheck(input, prep, report);
  return { diagnostics, prices };
}

/** Who a below-floor row's finding belongs to; by default the proposal that labels it. */
type Owner = (proposal: CompiledPromotion, row: PriceRow) => boolean;

/**
 * Price every SKU in the proposals' scope for every tier and run the
 * per-SKU checks (floor, depth, reference price, history, tier inversion) on
 * each. Shared by the dry-run and `validate`'s calendar pricing.
 */
function priceAndCheck(
  input: DryRunInput,
  prep: Prepared,
  report: (meta: RuleMeta, finding: FindingInput) => void,
  owner: Owner = (proposal, row) => row.promotion === proposal.id,
  calendar?: SkuCheckContext['calendar'],
): PriceRow[] {
  const { policy, proposals, catalog } = prep;
  const byId = new Map(prep.pool.map((p) => [p.id, p]));
  // Every tier is priced even when `tiers` narrows the table: a tier inversion
  // needs the tiers below, and a filter must not hide a finding.
  const tiers = pricingTiers(input.bundle);
  const shownTiers = new Set(pricingTiers(input.bundle, input.tiers).map((t) => t.id));
  const pricer = new Pricer({ policy, pool: prep.pool, proposals: new Set(proposals), tiers, lazySteps: input.straightforward !== true });
  const limiter = new SkuFindingLimiter(report);
  const prices: PriceRow[] = [];
  const emit = input.onRow ?? ((row: PriceRow) => void prices.push(row));
  const only = input.skus && input.skus.length > 0 ? new Set(input.skus) : undefined;
  const lookback = policy.limits.priceRaiseLookbackDays;
  const from7 = shiftDate(prep.startDate, -7);
  const fromLookback = shiftDate(prep.startDate, -lookback);
  const today = safeStoreDate(input.now.getTime(), input.bundle);
  // Each proposal's own start day: its 7-day history is judged from there.
  const startDates = new Map(proposals.map((p) => [p, Number.isNaN(p.start) ? prep.startDate : safeStoreDate(p.start, input.bundle)]));
  const byLabel = new Map(proposals.map((p) => [p.id, p]));
  const rebase = (row: PriceRow, item: CatalogItem, label: CompiledPromotion | undefined) => {
    const startDate = label ? startDates.get(label) : undefined;
    if (startDate !== undefined && startDate !== prep.startDate) floorFrom(row, item, policy, baselineOf(item, startDate).fen);
  };
  // What a check sees that does not change from SKU to SKU: built once, not per SKU (500,000 rows' worth of closures).
  const tierBasisPoints = (tier: string) => tiers.find((candidate) => candidate.id === tier)?.basisPoints;
  const promotionById = (id: string) => byId.get(id);
  const perProposal = proposals.map((proposal) => ({
    proposal,
    startDate: startDates.get(proposal) ?? prep.startDate,
    owns: (row: PriceRow) => owner(proposal, row),
    report: (meta: RuleMeta, finding: FindingInput | (() => FindingInput)) => limiter.report(meta, proposal, finding),
  }));
  const allShown = tiers.every((tier) => shownTiers.has(tier.id));
  const items = catalog.items;
  // Index loops over the catalogue and its rows: a for-of allocates an iterator result per step until the loop is optimised.
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (only && !only.has(item.sku)) continue;
    const scopeKey = pricer.scopeOf(item);
    if (scopeKey === undefined) continue;
    const baseline = baselineOf(item, prep.startDate, from7);
    /** Rows of every tier (tier inversion compares them) and of the tiers asked for (every other check). */
    const allRows: PriceRow[] = [];
    // The same array when no --tier filter leaves a tier out (the usual case).
    const rows: PriceRow[] = allShown ? allRows : [];
    for (let t = 0; t < tiers.length; t++) {
      const row = pricer.price(item, scopeKey, t, baseline.fen, false);
      if (!row) continue;
      rebase(row, item, byLabel.get(row.promotion));
      allRows.push(row);
      if (!allShown && shownTiers.has(row.tier)) rows.push(row);
    }
    const retrace = (tier: string, basisPoints?: number) => {
      const t = tiers.findIndex((candidate) => candidate.id === tier);
      return t < 0 ? undefined : pricer.price(item, scopeKey, t, baseline.fen, true, basisPoints);
    };
    if (policy.tierInversionSeverity !== 'off') markTierInversions(allRows, (row) => retrace(row.tier), prep.pool);
    const lowestList = lowestListBefore(item, prep.startDate, lookback, fromLookback);
    for (const { proposal, startDate, owns, report } of perProposal) {
      if (!inScope(proposal, item.sku, item.category)) continue;
      let worstRow: PriceRow | undefined;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        if (row.promotions?.includes(proposal.id) && (!worstRow || row.worst < worstRow.worst)) worstRow = row;
      }
      const ctx: SkuCheckContext = {
        policy,
        proposal,
        item,
        baseline: startDate === prep.startDate ? baseline : baselineOf(item, startDate),
        startDate,
        today,
        lowestList,
        worstRow,
        rows: allRows,
        retrace,
        tierBasisPoints,
        pool: prep.pool,
        bundle: input.bundle,
        owns,
        promotionById,
        calendar,
        report,
      };
      for (const check of skuChecks) check.checkSku(ctx);
    }
    for (let r = 0; r < rows.length; r++) emit(rows[r]!);
  }
  limiter.flush();
  return prices;
}

/**
 * Rows are priced with the baseline of the earliest start; a row labelled by
 * a proposal that starts on another day gets its floor from that proposal's
 * own 7 days, the baseline its depth and reference price use.
 */
function floorFrom(row: PriceRow, item: CatalogItem, policy: ResolvedPolicy, baseline: number): void {
  const limits = policy.limits;
  const marginFloor = ceilDiv(item.cost * (FULL + limits.minMargin), FULL) + ((row.cost ?? item.cost) - item.cost);
  const depthFloor = ceilDiv(baseline * (FULL - limits.maxDepth), FULL);
  row.baseline = baseline;
  row.floor = marginFloor > depthFloor ? marginFloor : depthFloor;
  row.floorBy = marginFloor > depthFloor ? 'margin' : 'depth';
}

/** The full trace of one SKU's price for one tier: every step, both cases, and what was left out. */
export function explainPrice(input: ExplainInput): PriceRow {
  // `explain <id>` may name a promotion already in the calendar: explain it as if proposed.
  if (input.promotion !== undefined && !input.proposals.some((d) => d.value.metadata.name === input.promotion)) {
    const approved = input.bundle.promotions.find((d) => d.value.metadata.name === input.promotion);
    if (approved) input = { ...input, proposals: [...input.proposals, approved] };
  }
  const prep = prepare(input);
  const item = prep.catalog.bySku.get(input.sku);
  if (!item) throw new PricingInputError({ kind: 'unknownSkus', skus: [input.sku] });
  const tiers = pricingTiers(input.bundle, [input.tier]);
  if (tiers.length === 0) {
    throw new PricingInputError({ kind: 'unknownTier', tier: input.tier, known: pricingTiers(input.bundle).map((t) => t.id) });
  }
  const focus = input.promotion === undefined ? undefined : prep.proposals.find((p) => p.id === input.promotion);
  if (input.promotion !== undefined && !focus) {
    const known = [...prep.proposals.map((p) => p.id), ...input.bundle.promotions.map((d) => d.value.metadata.name)];
    throw new PricingInputError({ kind: 'unknownPromotion', promotion: input.promotion, known });
  }
  const pricer = new Pricer({ policy: prep.policy, pool: prep.pool, proposals: new Set(prep.proposals), tiers, ...(focus ? { focus } : {}) });
  const scopeKey = pricer.scopeOf(item);
  const row = scopeKey === undefined ? undefined : pricer.price(item, scopeKey, 0, baselineOf(item, prep.startDate).fen, true);
  if (!row) {
    throw new PricingInputError({ kind: 'outOfScope', sku: input.sku, tier: input.tier });
  }
  const label = prep.proposals.find((p) => p.id === row.promotion);
  if (label && !Number.isNaN(label.start)) {
    const startDate = safeStoreDate(label.start, input.bundle);
    if (startDate !== prep.startDate) floorFrom(row, item, prep.policy, baselineOf(item, startDate).fen);
  }
  const mark = tierInversionOf(input, prep, item, row);
  if (mark) row.paysMoreThan = mark;
  return row;
}

/** Whether the explained tier pays more than a lower tier, and which lever made the difference. */
function tierInversionOf(input: ExplainInput, prep: Prepared, item: CatalogItem, row: PriceRow): PriceRow['paysMoreThan'] {
  if (prep.policy.tierInversionSeverity === 'off') return undefined;
  const all = pricingTiers(input.bundle);
  const index = all.findIndex((t) => t.id === row.tier);
  if (index <= 0) return undefined;
  // The same labelling as the explained row: the focused proposal when one was named.
  const focus = input.promotion === undefined ? undefined : prep.proposals.find((p) => p.id === input.promotion);
  const tiers = all.slice(0, index + 1);
  const pricer = new Pricer({ policy: prep.policy, pool: prep.pool, proposals: new Set(prep.proposals), tiers, ...(focus ? { focus } : {}) });
  const scopeKey = pricer.scopeOf(item);
  if (scopeKey === undefined) return undefined;
  const baseline = baselineOf(item, prep.startDate).fen;
  const rows: PriceRow[] = [];
  tiers.forEach((_, t) => {
    const priced = pricer.price(item, scopeKey, t, baseline, true);
    if (priced) rows.push(priced);
  });
  markTierInversions(rows, (r) => r, prep.pool);
  return rows.find((r) => r.tier === row.tier)?.paysMoreThan;
}

class SkuFindingLimiter {
  private readonly counts = new Map<string, { meta: RuleMeta; proposal: CompiledPromotion; count: number }>();

  constructor(private readonly sink: (meta: RuleMeta, finding: FindingInput) => void) {}

  report(meta: RuleMeta, proposal: CompiledPromotion, finding: FindingInput | (() => FindingInput)): void {
    const key = `${meta.code}\u0000${proposal.id}`;
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { meta, proposal, count: 0 };
      this.counts.set(key, entry);
    }
    entry.count++;
    if (entry.count <= SKU_FINDINGS_PER_RULE) this.sink(meta, typeof finding === 'function' ? finding() : finding);
  }

  flush(): void {
    for (const { meta, proposal, count } of this.counts.values()) {
      if (count <= SKU_FINDINGS_PER_RULE) continue;
      this.sink(meta, {
        doc: proposal.doc,
        pointer: '/spec/scope',
        messageId: 'more',
        params: { count: count - SKU_FINDINGS_PER_RULE, id: proposal.id },
      });
    }
  }
}

/** A finding of calendar pricing, before it becomes a Diagnostic (validate reports it under its rule). */
export interface CalendarFinding {
  meta: RuleMeta;
  finding: FindingInput;
}

/**
 * `validate`'s pricing of the approved calendar (SPEC section 9): each
 * approved promotion is priced over the catalogue like a proposal, against
 * the rest of the calendar and the members' coupons, so two promotions
 * approved in separate pull requests that together go below a floor fail.
 * A below-floor stack is reported once, on its newest price-lowering
 * promotion (latest start, then larger id): the one that completed it.
 */
export function priceCalendar(bundle: StoreBundle, catalog: CatalogItem[], now: Date): CalendarFinding[] {
  const out: CalendarFinding[] = [];
  const report = (meta: RuleMeta, finding: FindingInput) => out.push({ meta, finding });
  const approved = bundle.promotions.filter((doc) => doc.value.spec.status === 'approved');
  // A SKU is priced once per approved promotion that covers it, so the same
  // tier inversion comes back once per promotion: the check keys it and only
  // the first is reported.
  const seen = new Set<string>();
  const calendar = {
    first(key: string): boolean {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
  for (const doc of approved) {
    const input: DryRunInput = { bundle, proposals: [doc], catalog, now };
    const prep = prepare(input);
    if (prep.proposals.some((p) => Number.isNaN(p.start) || Number.isNaN(p.end))) continue; // promotion/window says why
    const byId = new Map(prep.pool.map((p) => [p.id, p]));
    priceAndCheck(input, prep, report, (proposal, row) => newestLowering(row, byId, prep.policy) === proposal, calendar);
  }
  return out;
}

function newestLowering(row: PriceRow, byId: ReadonlyMap<string, CompiledPromotion>, policy: ResolvedPolicy): CompiledPromotion | undefined {
  let newest: CompiledPromotion | undefined;
  for (const id of row.promotions ?? []) {
    const p = byId.get(id);
    if (!p || p.memberBenefit || !lowersPrice(p, policy)) continue;
    if (!newest || p.start > newest.start || (p.start === newest.start && p.id > newest.id)) newest = p;
  }
  // A stack whose only cuts are member benefits is the labelled promotion's.
  return newest ?? byId.get(row.promotion);
}
