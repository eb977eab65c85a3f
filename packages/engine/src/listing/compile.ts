import type { PolicyDocument, Severity } from '@storepolicy/schema';
import type { StoreBundle } from '../model.js';
import { AutomatonBuilder } from './automaton.js';
import type {
  CategoryInfo,
  CompiledListingPolicy,
  CompiledQualification,
  CompiledStatement,
  CompiledTermSet,
  PatternUse,
  Place,
  TermCheck,
} from './compiled.js';
import { QQ_COLON_TRIGGERS, QQ_TRIGGERS, WECHAT_COLON_TRIGGERS, WECHAT_TRIGGERS } from './contact-scanner.js';
import { mergeCompliance, originOf, type Merged } from './effective-policy.js';
import { foldString } from './fold.js';
import { contactVariants, searchForm, termVariants } from './read-as-buyer.js';
import type { QualificationType } from './qualification-formats.js';

export const DEFAULT_TITLE_WIDTH = 60;
export const DEFAULT_MIN_IMAGES = 3;

/** Built-in forbidden inserts when a store has no PackingStandard (网络交易监督管理办法 art. 14). */
const BUILTIN_INSERT_NAMES: Record<string, readonly string[]> = {
  review_cashback_card: ['好评返现卡', '返现卡', '好评卡', '晒图返现卡', 'review_cashback_card'],
  off_platform_contact_card: ['加微信卡', '引流卡', '微信二维码卡', 'off_platform_contact_card'],
};

/** Compile a store's merged compliance policy and the limits of its other policies. */
export function compilePolicy(bundle: StoreBundle): CompiledListingPolicy {
  const effective = mergeCompliance(bundle.compliance, bundle.complianceBase);
  const builder = new AutomatonBuilder();
  const uses: PatternUse[][] = [];
  const use = (text: string, what: PatternUse, contact = false) => {
    const form = searchForm(text);
    if (form.length === 0) return;
    // Every way a buyer still reads the term: numerals as digits (第1), and for
    // contact keywords each spelling of 微信 and QQ (加薇信, 加vx, 加我扣扣).
    const forms = contact ? contactVariants(form).flatMap(termVariants) : termVariants(form);
    for (const folded of new Set(forms)) {
      // A trigger word may be glued to the id after it (QQ2851234567, vxabc123).
      const index = builder.add(folded, what.kind === 'trigger');
      const list = (uses[index] ??= []);
      if (!list.some((u) => samePatternUse(u, what))) list.push(what);
    }
  };

  const termSets: CompiledTermSet[] = [];
  for (const entry of effective.termSets) {
    const set = entry.value;
    if (set.enabled === false) continue;
    const index = termSets.length;
    termSets.push({
      id: set.id,
      check: (set.check ?? 'banned-term') as TermCheck,
      severity: set.severity,
      source: set.source ?? set.id,
      legalClasses: set.legal_classes ? new Set(set.legal_classes) : null,
      exceptLegalClasses: set.except_legal_classes ? new Set(set.except_legal_classes) : null,
      law: set.law === true,
      place: placeOf(entry, 'terms'),
    });
    const contact = set.check === 'contact-info';
    (set.terms ?? []).forEach((term, termIndex) => use(term, { kind: 'term', set: index, termIndex }, contact));
    for (const compound of set.allow ?? []) use(compound, { kind: 'allow', set: index }, contact);
  }

  const statements: CompiledStatement[] = [];
  for (const entry of effective.statements) {
    const s = entry.value;
    if (s.enabled === false || !s.statement) continue;
    const fields = s.fields ?? ['description'];
    statements.push({
      id: s.id,
      statement: s.statement,
      legalClasses: new Set(s.legal_classes ?? []),
      inTitle: fields.includes('title'),
      inDescription: fields.includes('description'),
      severity: s.severity,
      source: s.source ?? s.id,
      place: placeOf(entry, 'statement'),
    });
    use(s.statement, { kind: 'statement', statement: statements.length - 1 });
  }

  const contactRule = effective.single.contact_info?.value;
  const contactOn = contactRule?.enabled !== false;
  if (contactOn && contactRule?.wechat !== false) {
    for (const t of WECHAT_TRIGGERS) use(t, { kind: 'trigger', contact: 'wechat', colon: false });
    for (const t of WECHAT_COLON_TRIGGERS) use(t, { kind: 'trigger', contact: 'wechat', colon: true });
  }
  if (contactOn && contactRule?.qq !== false) {
    for (const t of QQ_TRIGGERS) use(t, { kind: 'trigger', contact: 'qq', colon: false });
    for (const t of QQ_COLON_TRIGGERS) use(t, { kind: 'trigger', contact: 'qq', colon: true });
  }

  const qualifications: CompiledQualification[] = effective.qualifications
    .filter((entry) => entry.value.enabled !== false && (entry.value.any_of?.length ?? 0) > 0)
    .map((entry) => ({
      id: entry.value.id,
      legalClasses: new Set(entry.value.legal_classes ?? []),
      anyOf: entry.value.any_of as QualificationType[],
      severity: entry.value.severity,
      source: entry.value.source ?? entry.value.id,
      place: placeOf(entry),
    }));

  const title = effective.single.title;
  const images = effective.single.images;
  const reference = effective.single.reference_price?.value;
  const sizeChart = effective.single.size_chart?.value;
  const automaton = builder.build();
  for (let i = 0; i < automaton.patternCount; i++) uses[i] ??= [];

  return {
    automaton,
    uses,
    termSets,
    statements,
    qualifications,
    contact: {
      phone: contactOn && contactRule?.phone !== false,
      wechat: contactOn && contactRule?.wechat !== false,
      qq: contactOn && contactRule?.qq !== false,
      severity: contactRule?.severity,
      law: contactRule?.law === true,
      source: contactRule?.source ?? '',
    },
    title: {
      max: title?.value.max_width ?? DEFAULT_TITLE_WIDTH,
      severity: title?.value.severity,
      place: title && placeOf(title, 'max_width'),
    },
    images: {
      min: images?.value.min_images ?? DEFAULT_MIN_IMAGES,
      mainRealShot: images?.value.main_real_shot ?? true,
      severity: images?.value.severity,
      place: images && placeOf(images),
    },
    referencePrice: {
      enabled: reference?.enabled !== false,
      requireLowest: reference?.require_lowest_price !== false,
      severity: reference?.severity,
    },
    sizeChart: { legalClasses: new Set(sizeChart?.legal_classes ?? ['apparel']), severity: sizeChart?.severity as Severity | undefined },
    categories: readCategories(bundle),
    returns: readReturns(bundle),
    shipWithin: readShipWithin(bundle),
    forbiddenInserts: readForbiddenInserts(bundle),
  };
}

/** The same meaning reached through two variants of one term (一 and 1 in 第一) is listed once. */
function samePatternUse(a: PatternUse, b: PatternUse): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function placeOf<T extends object>(entry: Merged<T>, field?: keyof T & string): Place {
  const origin = originOf(entry, field);
  return { doc: origin.doc as PolicyDocument, pointer: origin.pointer };
}

// The readers below read other areas' documents defensively: their schemas
// are owned elsewhere and a missing document simply means "no limit known".

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function readCategories(bundle: StoreBundle): Map<string, CategoryInfo> {
  const map = new Map<string, CategoryInfo>();
  const categories = record(bundle.store?.value.spec)?.categories;
  if (!Array.isArray(categories)) return map;
  for (const c of categories) {
    const cat = record(c);
    if (typeof cat?.id !== 'string') continue;
    const name = record(cat.name);
    map.set(cat.id, {
      legalClass: typeof cat.legal_class === 'string' ? cat.legal_class : undefined,
      names: [name?.zh, name?.en].filter((n): n is string => typeof n === 'string' && n.trim() !== ''),
      sizeChartRequired: cat.size_chart_required === true,
    });
  }
  return map;
}

function readReturns(bundle: StoreBundle): CompiledListingPolicy['returns'] {
  const doc = bundle.afterSales as PolicyDocument | undefined;
  const statutory = new Map<string, Place>();
  const confirmed = new Map<string, Place & { confirmed: boolean }>();
  const rule = record(record(bundle.afterSales?.value.spec)?.no_reason_returns);
  if (!doc || !rule) return { statutory, confirmed };
  const list = (key: string) => (Array.isArray(rule[key]) ? (rule[key] as unknown[]) : []);
  list('statutory_exemptions').forEach((e, i) => {
    const category = record(e)?.category;
    if (typeof category === 'string') statutory.set(category, { doc, pointer: `/spec/no_reason_returns/statutory_exemptions/${i}/category` });
  });
  list('buyer_confirmed_exemptions').forEach((e, i) => {
    const entry = record(e);
    if (typeof entry?.category === 'string') {
      confirmed.set(entry.category, {
        doc,
        pointer: `/spec/no_reason_returns/buyer_confirmed_exemptions/${i}/category`,
        confirmed: entry.checkout_confirmation === true,
      });
    }
  });
  return { statutory, confirmed, place: { doc, pointer: '/spec/no_reason_returns' } };
}

function readShipWithin(bundle: StoreBundle): CompiledListingPolicy['shipWithin'] {
  const doc = bundle.packing as PolicyDocument | undefined;
  const hours = record(record(bundle.packing?.value.spec)?.dispatch)?.ship_within_hours;
  if (!doc || typeof hours !== 'number') return undefined;
  return { hours, place: { doc, pointer: '/spec/dispatch/ship_within_hours' } };
}

function readForbiddenInserts(bundle: StoreBundle): CompiledListingPolicy['forbiddenInserts'] {
  const doc = bundle.packing as PolicyDocument | undefined;
  const forbidden = record(record(bundle.packing?.value.spec)?.inserts)?.forbidden;
  if (!doc || !Array.isArray(forbidden)) {
    return Object.entries(BUILTIN_INSERT_NAMES).map(([kind, names]) => ({ kind, names: names.map(foldString) }));
  }
  return forbidden.flatMap((f, i) => {
    const entry = record(f);
    if (typeof entry?.kind !== 'string') return [];
    const name = record(entry.name);
    const names = [entry.kind, ...(BUILTIN_INSERT_NAMES[entry.kind] ?? [])];
    if (typeof name?.zh === 'string') names.push(name.zh);
    if (typeof name?.en === 'string') names.push(name.en);
    return [{ kind: entry.kind, names: names.map(foldString), place: { doc, pointer: `/spec/inserts/forbidden/${i}/kind` } }];
  });
}

