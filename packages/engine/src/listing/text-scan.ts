import { contactInfo } from '../rules/listing/contact-info.js';
import { legalClassParams } from './legal-class-names.js';
import type { RuleMeta } from '../rule.js';
import { bannedTerm } from '../rules/listing/banned-term.js';
import { claim } from '../rules/listing/claim.js';
import { reviewInducement } from '../rules/listing/review-inducement.js';
import type { MatchSink } from './automaton.js';
import type { CompiledListingPolicy, CompiledTermSet, TermCheck, TextHit } from './compiled.js';
import { LANDLINE, letterDigitHint, lettersAsDigits, nextPhone, nextSplitMobile, qqNumberEnd, wechatIdEnd } from './contact-scanner.js';
import { MATCH_FOLD, readAsBuyer, type ReadText } from './read-as-buyer.js';
import type { ListingSpec } from './types.js';

const RULE_OF: Record<TermCheck, { meta: RuleMeta; messageId: string }> = {
  'banned-term': { meta: bannedTerm, messageId: 'found' },
  claim: { meta: claim, messageId: 'forbidden' },
  'review-inducement': { meta: reviewInducement, messageId: 'found' },
  'contact-info': { meta: contactInfo, messageId: 'keyword' },
};

/**
 * The one pass over a listing's text: every field through the automaton,
 * then allow-lists, legal-class filters and the contact scanners (mobile and
 * landline numbers, WeChat and QQ ids). Holds a reusable match buffer, so a
 * clean listing allocates nothing here.
 */
export class TextScanner {
  private matches = new Int32Array(96);
  private count = 0;
  private readonly sink: MatchSink;
  private readonly phoneSpan = new Int32Array(2);
  /** The copy of the field being scanned, when it is read differently from how it is written. */
  private read: ReadText | null = null;

  constructor(private readonly policy: CompiledListingPolicy) {
    this.sink = (pattern, start, end) => {
      const at = this.count * 3;
      if (at + 3 > this.matches.length) {
        const grown = new Int32Array(this.matches.length * 2);
        grown.set(this.matches);
        this.matches = grown;
      }
      this.matches[at] = pattern;
      this.matches[at + 1] = start;
      this.matches[at + 2] = end;
      this.count++;
    };
  }

  scanListing(listing: ListingSpec, legalClass: string | undefined, hits: TextHit[], statementSeen: Uint8Array): void {
    if (typeof listing.title === 'string') this.scanField(listing.title, '/title', undefined, legalClass, hits, statementSeen, 1);
    if (typeof listing.description === 'string') this.scanField(listing.description, '/description', undefined, legalClass, hits, statementSeen, 2);
    const attributes = listing.attributes;
    if (attributes && typeof attributes === 'object') {
      for (const key in attributes) {
        // the attribute's name is shown to buyers as much as its value (全网最低价: 是)
        const keyHits = hits.length;
        this.scanField(key, '/attributes/', key, legalClass, hits, statementSeen, 0);
        for (let i = keyHits; i < hits.length; i++) hits[i]!.key = true;
        const value = attributes[key];
        if (typeof value === 'string') this.scanField(value, '/attributes/', key, legalClass, hits, statementSeen, 0);
      }
    }
    const reason = listing.after_sales?.reason;
    if (typeof reason === 'string') this.scanField(reason, '/after_sales/reason', undefined, legalClass, hits, statementSeen, 0);
    const inserts = listing.inserts;
    if (Array.isArray(inserts)) {
      for (let i = 0; i < inserts.length; i++) {
        const text = inserts[i];
        if (typeof text === 'string') this.scanField(text, '/inserts/', i, legalClass, hits, statementSeen, 0);
      }
    }
  }

  /**
   * `field`: 1 title, 2 description (HTML), 0 elsewhere (required statements
   * count only in title/description). Scans the text as a buyer reads it
   * (read-as-buyer.ts); every span is mapped back to `text` before it becomes a hit.
   */
  private scanField(text: string, prefix: string, key: string | number | undefined, legalClass: string | undefined, hits: TextHit[], seen: Uint8Array, field: number): void {
    const policy = this.policy;
    const firstHit = hits.length;
    const read = readAsBuyer(text, field === 2);
    const scanned = read ? read.text : text;
    this.read = read;
    this.count = 0;
    policy.automaton.scan(scanned, this.sink);
    const m = this.matches;
    for (let k = 0; k < this.count; k++) {
      const start = m[k * 3 + 1]!;
      const end = m[k * 3 + 2]!;
      for (const use of policy.uses[m[k * 3]!]!) {
        if (use.kind === 'term') {
          const set = policy.termSets[use.set]!;
          if (!appliesTo(set, legalClass) || this.allowed(use.set, start, end)) continue;
          const rule = RULE_OF[set.check];
          const from = this.origin(start);
          const to = this.originEnd(end);
          hits.push({
            code: rule.meta.code,
            messageId: rule.messageId,
            pointer: pointerFor(prefix, key),
            start: from,
            end: to,
            severity: set.severity,
            law: set.law,
            params: { term: text.slice(from, to), set: set.id, source: set.source, ...legalClassParams(legalClass) },
            related: set.place?.doc && [{ doc: set.place.doc, pointer: `${set.place.pointer}/${use.termIndex}`, messageId: `${rule.meta.code}.setHere`, params: { set: set.id } }],
          });
        } else if (use.kind === 'statement') {
          const statement = policy.statements[use.statement]!;
          if ((field === 1 && statement.inTitle) || (field === 2 && statement.inDescription)) seen[use.statement] = 1;
        } else if (use.kind === 'trigger') {
          const contact = policy.contact;
          // `+V abc123` is 加V: a plus right before a short trigger stands for its colon
          const plus = use.colon && start > 0 && MATCH_FOLD[scanned.charCodeAt(start - 1)] === 0x2b;
          const colon = use.colon && !plus;
          const idEnd =
            use.contact === 'wechat' ? (contact.wechat ? wechatIdEnd(scanned, end, colon) : -1) : contact.qq ? qqNumberEnd(scanned, end, colon) : -1;
          if (idEnd > 0) this.pushContact(hits, use.contact, text, pointerFor(prefix, key), this.origin(plus ? start - 1 : start), this.originEnd(idEnd));
        }
      }
    }
    if (policy.contact.phone) {
      const span = this.phoneSpan;
      let from = 0;
      let kind: number;
      while ((kind = nextPhone(scanned, from, span)) !== 0) {
        this.pushContact(hits, kind === LANDLINE ? 'landline' : 'phone', text, pointerFor(prefix, key), this.origin(span[0]!), this.originEnd(span[1]!));
        from = span[1]!;
      }
      for (from = 0; nextSplitMobile(scanned, from, span); from = span[1]!) {
        this.pushContact(hits, 'phone', text, pointerFor(prefix, key), this.origin(span[0]!), this.originEnd(span[1]!));
      }
      // 138 1234 567O: letters that stand for digits, read again as digits (same offsets)
      const digits = letterDigitHint() ? lettersAsDigits(scanned) : null;
      if (digits !== null) {
        for (from = 0; (kind = nextPhone(digits, from, span)) !== 0; from = span[1]!) {
          this.pushContact(hits, kind === LANDLINE ? 'landline' : 'phone', text, pointerFor(prefix, key), this.origin(span[0]!), this.originEnd(span[1]!));
        }
      }
    }
    this.read = null;
    if (hits.length - firstHit > 1) {
      dropCovered(hits, firstHit);
      sortByStart(hits, firstHit);
      mergeOverlapping(hits, firstHit, text);
    }
  }

  /** Offset in the field's own text of the character that produced unit `at` of the text scanned. */
  private origin(at: number): number {
    return this.read ? this.read.from[at]! : at;
  }

  /** Offset in the field's own text just past the character that produced unit `end - 1` of the text scanned. */
  private originEnd(end: number): number {
    return this.read ? this.read.to[end - 1]! : end;
  }

  private pushContact(hits: TextHit[], messageId: 'phone' | 'landline' | 'wechat' | 'qq', text: string, pointer: string, start: number, end: number): void {
    hits.push({
      code: contactInfo.code,
      messageId,
      pointer,
      start,
      end,
      severity: this.policy.contact.severity,
      law: this.policy.contact.law,
      params: { value: text.slice(start, end), source: this.policy.contact.source },
    });
  }

  /** Whether an allow-listed compound of the same set covers [start, end). */
  private allowed(set: number, start: number, end: number): boolean {
    const m = this.matches;
    for (let k = 0; k < this.count; k++) {
      const s = m[k * 3 + 1]!;
      const e = m[k * 3 + 2]!;
      if (s > start || e < end || (s === start && e === end)) continue;
      for (const use of this.policy.uses[m[k * 3]!]!) if (use.kind === 'allow' && use.set === set) return true;
    }
    return false;
  }
}

function appliesTo(set: CompiledTermSet, legalClass: string | undefined): boolean {
  if (set.legalClasses && (legalClass === undefined || !set.legalClasses.has(legalClass))) return false;
  if (set.exceptLegalClasses && legalClass !== undefined && set.exceptLegalClasses.has(legalClass)) return false;
  return true;
}

/**
 * How much a hit weighs when two overlap: its severity first (the four text
 * rules default to error), then whether it comes from the law. A lighter hit
 * never hides or absorbs a heavier one, so a store's warning term wrapped
 * around a law term (秒杀全网 over 全网最低) cannot turn a law error into a
 * warning (SPEC section 9, "severity never drops by overlap").
 */
function weight(hit: TextHit): number {
  return SEVERITY_WEIGHT[hit.severity ?? 'error'] * 2 + (hit.law ? 1 : 0);
}
const SEVERITY_WEIGHT = { info: 0, warning: 1, error: 2 } as const;

/**
 * Within one field: a hit inside a longer hit of the same rule (最低 inside
 * 全网最低, the same 第一 from two sets, 微信 inside 微信号：abc123) is the same
 * problem, reported once at the longer span, unless the longer one weighs
 * less (a store's warning around a law term): then both are reported.
 */
function dropCovered(hits: TextHit[], from: number): void {
  let write = from;
  for (let i = from; i < hits.length; i++) {
    const a = hits[i]!;
    let covered = false;
    for (let j = from; j < hits.length && !covered; j++) {
      if (i === j) continue;
      const b = hits[j]!;
      if (b.code !== a.code || weight(b) < weight(a)) continue;
      if (a.messageId === 'keyword' && b.messageId !== 'keyword' && b.code === contactInfo.code && b.start < a.end && a.start < b.end) {
        covered = true; // 加微信 overlapping 微信：abc123
        continue;
      }
      if (b.start > a.start || b.end < a.end) continue;
      // Equal spans: keep the heavier, else the first; a scanner finding (phone/wechat/qq) beats a keyword.
      covered = b.start === a.start && b.end === a.end ? weight(b) > weight(a) || j < i : true;
    }
    if (!covered) hits[write++] = a;
  }
  hits.length = write;
}

/**
 * Overlapping hits of the same kind and weight are one offence (五星好评返 +
 * 好评返现 in 五星好评返现): report their union once, so a reader fixes one
 * phrase. Hits of different weight stay apart, each at its own severity.
 */
function mergeOverlapping(hits: TextHit[], from: number, text: string): void {
  let write = from;
  for (let i = from; i < hits.length; i++) {
    const hit = hits[i]!;
    // the nearest kept hit of the same kind and weight (a lighter one may sit between them)
    let k = write - 1;
    while (k >= from && (hits[k]!.code !== hit.code || hits[k]!.messageId !== hit.messageId || weight(hits[k]!) !== weight(hit))) k--;
    const last = k >= from ? hits[k]! : undefined;
    if (last && hit.start < last.end) {
      if (hit.end > last.end) {
        last.end = hit.end;
        if ('term' in last.params) last.params = { ...last.params, term: text.slice(last.start, last.end) };
        else if ('value' in last.params) last.params = { ...last.params, value: text.slice(last.start, last.end) };
      }
      continue;
    }
    hits[write++] = hit;
  }
  hits.length = write;
}

/** Insertion sort of one field's hits by offset (a handful at most), so findings read left to right. */
function sortByStart(hits: TextHit[], from: number): void {
  for (let i = from + 1; i < hits.length; i++) {
    const hit = hits[i]!;
    let j = i - 1;
    while (j >= from && hits[j]!.start > hit.start) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = hit;
  }
}

/** The pointer of a field, built only when something was found in it (clean text allocates nothing). */
function pointerFor(prefix: string, key: string | number | undefined): string {
  if (key === undefined) return prefix;
  return prefix + (typeof key === 'number' ? String(key) : escapePointer(key));
}

/** RFC 6901: `~` -> `~0`, `/` -> `~1`. */
export function escapePointer(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
