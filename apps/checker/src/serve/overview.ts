import { buildMessageCatalog, dryRun, resolvePolicy, PROMOTION_TYPES } from '@storepolicy/engine';
import { formatFen, loadYaml, localize, parseMoney, type Lang, type PolicyDocument, type Promotion } from '@storepolicy/schema';
import type { LoadedStore } from './stores.js';

/** Where a value was written: the page links every figure to its YAML line. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

function ref(doc: PolicyDocument | undefined, pointer: string): SourceRef | undefined {
  if (!doc) return undefined;
  const span = doc.locate(pointer);
  return { file: doc.file, line: span.line, column: span.column };
}

const money = (value: number | string | undefined) => (value === undefined ? undefined : formatFen(parseMoney(value)));

/**
 * The store overview: tiers, the promotion policy's key limits and stacking
 * table, and the store's metrics against each platform event's entry
 * requirements. Figures are read from the documents (limits through the
 * engine's `resolvePolicy`, so defaults are the ones the dry-run uses).
 */
export function storeOverview(store: LoadedStore, lang: Lang): Record<string, unknown> {
  const { bundle } = store;
  const tiersDoc = bundle.memberTiers;
  const tiers = (tiersDoc?.value.spec.tiers ?? []).map((tier, index) => ({
    id: tier.id,
    name: tier.name,
    qualify: tier.qualify,
    pricePercent: tier.benefits.price_percent,
    benefits: tier.benefits,
    source: ref(tiersDoc, `/spec/tiers/${index}`),
  }));
  const policyDoc = bundle.promotionPolicy;
  const policy = resolvePolicy(policyDoc);
  const limitsAt = (key: string) => ref(policyDoc, policyDoc?.has(`/spec/limits/${key}`) ? `/spec/limits/${key}` : '/spec/limits');
  const limits = [
    { key: 'min_margin', value: `${policy.limits.minMargin / 100}%`, source: limitsAt('min_margin') },
    { key: 'max_depth', value: `${policy.limits.maxDepth / 100}%`, source: limitsAt('max_depth') },
    { key: 'lead_time_hours', value: `${policy.limits.leadTimeHours} h`, source: limitsAt('lead_time_hours') },
    { key: 'max_concurrent', value: String(policy.limits.maxConcurrent), source: limitsAt('max_concurrent') },
    { key: 'min_duration_hours', value: `${policy.limits.minDurationHours} h`, source: limitsAt('min_duration_hours') },
    { key: 'max_duration_days', value: `${policy.limits.maxDurationDays} d`, source: limitsAt('max_duration_days') },
    {
      key: 'cut_frequency',
      value: `${policy.limits.cutFrequencyMax} / ${policy.limits.cutFrequencyWindowDays} d`,
      source: limitsAt('cut_frequency'),
    },
    { key: 'gift_counts_in_margin', value: String(policy.limits.giftCountsInMargin), source: limitsAt('gift_counts_in_margin') },
  ];
  const stacking = PROMOTION_TYPES.map((type) => {
    const s = policy.stacking[type];
    const pointer = `/spec/stacking/${type}`;
    return {
      type,
      combinesWith: [...s.combinesWith].sort(),
      exclusive: s.exclusive,
      allowWithGlobal: [...s.allowWithGlobal].sort(),
      source: policyDoc?.has(pointer) ? ref(policyDoc, pointer) : undefined,
    };
  });
  const storeDoc = bundle.store;
  const metrics = storeDoc?.value.spec.metrics;
  const events = eventEligibility(store, lang).map((e) => ({
    ...e,
    name: (policyDoc?.value.spec.events?.[e.id] as { name?: { zh?: string; en?: string } } | undefined)?.name,
    source: ref(policyDoc, `/spec/events/${e.id}`),
  }));
  return {
    store: bundle.id,
    dir: store.entry.dir,
    name: storeDoc?.value.spec.display_name,
    platform: storeDoc?.value.spec.platform,
    categories: (storeDoc?.value.spec.categories ?? []).map((c) => ({ id: c.id, name: c.name })),
    tiers,
    limits,
    priority: policy.priority,
    conflicts: policy.conflicts,
    stacking,
    blackouts: (policyDoc?.value.spec.blackouts ?? []).map((b, index) => ({ ...b, source: ref(policyDoc, `/spec/blackouts/${index}`) })),
    metrics: metrics ? { ...metrics, average_order_value: money(metrics.average_order_value) } : undefined,
    metricsSource: ref(storeDoc, '/spec/metrics'),
    events,
    /** Load findings (a broken policy file) so the page says why a figure is missing. */
    problems: store.diagnostics.length,
  };
}

/**
 * Whether the store may join each platform event, as the engine judges it:
 * a probe proposal (free shipping, joining the event) is dry-run and its
 * `promotion/event-eligibility` findings are the verdict. The console never
 * compares metrics itself.
 */
function eventEligibility(store: LoadedStore, lang: Lang): { id: string; eligible: boolean; findings: string[] }[] {
  const catalog = buildMessageCatalog();
  const policy = resolvePolicy(store.bundle.promotionPolicy);
  return Object.keys(policy.events).map((id) => {
    const text = [
      'apiVersion: storepolicy/v1',
      'kind: Promotion',
      `metadata: {store: ${store.bundle.id}, name: probe-${id}}`,
      `spec: {type: free_shipping, event: ${id}, scope: {all: true}, window: {start: "2099-01-01T00:00:00+08:00", end: "2099-01-02T00:00:00+08:00"}}`,
    ].join('\n');
    const [doc] = loadYaml(`probe-${id}.yaml`, Buffer.from(text), {}).documents;
    const findings = doc
      ? dryRun({ bundle: store.bundle, proposals: [doc as PolicyDocument<Promotion>], catalog: [], now: new Date(0) }).diagnostics.filter(
          (d) => d.code === 'promotion/event-eligibility',
        )
      : [];
    return { id, eligible: findings.length === 0, findings: findings.map((d) => localize(d, catalog, lang).message) };
  });
}
