import type { MessageParams, PolicyDocument, Severity } from '@storepolicy/schema';
import type { RuleMeta } from '../rule.js';
import type { Automaton } from './automaton.js';
import type { QualificationType } from './qualification-formats.js';
import type { ListingRelated, ListingSpec } from './types.js';

export interface Place {
  /**
   * Absent in a policy that crossed to a checker thread (portable.ts):
   * documents stay on the thread that loaded them, and findings made there
   * carry no related location.
   */
  doc?: PolicyDocument;
  pointer: string;
}

export type TermCheck = 'banned-term' | 'claim' | 'review-inducement' | 'contact-info';

export interface CompiledTermSet {
  id: string;
  check: TermCheck;
  severity?: Severity;
  source: string;
  /** null: every legal class. */
  legalClasses: ReadonlySet<string> | null;
  exceptLegalClasses: ReadonlySet<string> | null;
  /** Marked `law: true` (in the base, or by the store): its matches outrank a store's own words where they overlap. */
  law: boolean;
  /** Where the set's `terms` list is written (the store's file when it overrides them). */
  place?: Place;
}

export interface CompiledStatement {
  id: string;
  statement: string;
  legalClasses: ReadonlySet<string>;
  inTitle: boolean;
  inDescription: boolean;
  severity?: Severity;
  source: string;
  place?: Place;
}

export interface CompiledQualification {
  id: string;
  legalClasses: ReadonlySet<string>;
  anyOf: readonly QualificationType[];
  severity?: Severity;
  source: string;
  place?: Place;
}

/** What a pattern in the automaton means; one pattern may mean several things. */
export type PatternUse =
  | { kind: 'term'; set: number; /** Index in the set's `terms` list, for the related location. */ termIndex: number }
  | { kind: 'allow'; set: number }
  | { kind: 'statement'; statement: number }
  /** `colon`: a short or common word (V, 扣, 企鹅) that names a contact only when a colon follows it (V：abc123, 扣：12345678). */
  | { kind: 'trigger'; contact: 'wechat' | 'qq'; colon: boolean };

/** A text match after allow-lists and legal-class filters, before it becomes a finding. */
export interface TextHit {
  code: string;
  messageId: string;
  pointer: string;
  start: number;
  end: number;
  severity?: Severity;
  /** From a rule marked `law: true`: never hidden or downgraded by an overlapping store match (SPEC section 9). */
  law: boolean;
  params: MessageParams;
  related?: ListingRelated[];
  /** The offsets are in the member's name at `pointer` (an attribute key), not in its value. */
  key?: boolean;
}

export interface CategoryInfo {
  legalClass?: string;
  /** The category's display names (zh, en), so a listing that writes 连衣裙 for `dresses` is told the id. */
  names?: readonly string[];
  sizeChartRequired: boolean;
}

/** Everything `check` needs, computed once per store. */
export interface CompiledListingPolicy {
  automaton: Automaton;
  uses: PatternUse[][];
  termSets: CompiledTermSet[];
  statements: CompiledStatement[];
  qualifications: CompiledQualification[];
  contact: { phone: boolean; wechat: boolean; qq: boolean; severity?: Severity; law: boolean; source: string };
  title: { max: number; severity?: Severity; place?: Place };
  images: { min: number; mainRealShot: boolean; severity?: Severity; place?: Place };
  referencePrice: { enabled: boolean; requireLowest: boolean; severity?: Severity };
  sizeChart: { legalClasses: ReadonlySet<string>; severity?: Severity };
  categories: ReadonlyMap<string, CategoryInfo>;
  returns: {
    statutory: ReadonlyMap<string, Place>;
    confirmed: ReadonlyMap<string, Place & { confirmed: boolean }>;
    place?: Place;
  };
  shipWithin?: { hours: number; place: Place };
  forbiddenInserts: { kind: string; names: readonly string[]; place?: Place }[];
}

/** Per-call state handed to each rule's check. */
export interface ListingCheckContext {
  policy: CompiledListingPolicy;
  category?: CategoryInfo;
  /** Text hits of the whole listing, from the one automaton pass. */
  hits: readonly TextHit[];
  /** Which required statements were seen in the title / description (by statement index). */
  statementSeen: Uint8Array;
  emit(meta: RuleMeta, finding: {
    messageId: string;
    pointer: string;
    params: MessageParams;
    start?: number;
    end?: number;
    severity?: Severity;
    related?: ListingRelated[];
    key?: boolean;
  }): void;
}

/** A listing rule's check: reads the listing and the compiled policy, emits findings. */
export type ListingRuleCheck = (listing: ListingSpec, context: ListingCheckContext) => void;

export interface ListingRule {
  meta: RuleMeta;
  check: ListingRuleCheck;
}

/** Related entry for a policy place, with the message id qualified by the rule code. */
export function relatedAt(meta: RuleMeta, place: Place | undefined, messageId: string, params: MessageParams = {}): ListingRelated[] | undefined {
  if (!place?.doc) return undefined;
  return [{ doc: place.doc, pointer: place.pointer, messageId: `${meta.code}.${messageId}`, params }];
}
