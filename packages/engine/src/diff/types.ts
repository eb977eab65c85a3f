import type { MessageParams, Span, Text } from '@storepolicy/schema';

/**
 * What a change does to the store's guard rails. Each kind guards something:
 * MemberTiers and PromotionPolicy guard price and margin (a deeper discount
 * loosens), AfterSalesPolicy and PackingStandard guard the buyer (a longer
 * return window tightens the store's obligations), CompliancePolicy guards
 * legality (more banned terms tightens), a Waiver is an exception (loosens).
 */
export type ChangeClass = 'tightens' | 'loosens' | 'neutral';

export type ChangeType =
  | 'document-added'
  | 'document-removed'
  | 'document-renamed'
  | 'value-changed'
  | 'value-added'
  | 'value-removed'
  | 'item-added'
  | 'item-removed'
  | 'reordered';

/** Where a change is: the head side, or the base side for what was removed. */
export interface ChangeLocation extends Span {
  side: 'base' | 'head';
  file: string;
}

/** One semantic change between two revisions of the policies. */
export interface PolicyChange {
  store: string;
  kind: string;
  /** `metadata.name` on the head side (base side for a removed document). */
  name: string;
  type: ChangeType;
  class: ChangeClass;
  /** JSON pointer of the changed value on the side `location` names. */
  pointer: string;
  /** Readable path, e.g. `tiers[svip].benefits.price_percent` ('' for a whole document). */
  path: string;
  before?: unknown;
  after?: unknown;
  /** Id of the semantics entry that classified it (`generic` when none knew the field). */
  semantics: string;
  /** What changed: a key of `diffMessages()`, rendered with `params`. */
  messageId: string;
  /** Why it tightens or loosens: a key of `diffMessages()`, rendered with `params`. */
  whyId: string;
  params: MessageParams;
  location: ChangeLocation;
  /** Set when the changed value sits inside a rule marked `law: true`, with its cited source. */
  law?: { source: string };
}

/** Direction knowledge for one field (or one document kind, at path ''). */
export interface FieldSemantics {
  /** Stable id; message ids derive from it (`diff/<id>.<type>`). */
  id: string;
  /** Document kind; omitted means any kind. */
  kind?: string;
  /**
   * Pointer pattern: `/spec/tiers/*\/benefits/price_percent`. `*` matches one
   * segment (an array item or a map key), `**` any number of segments.
   * '' is the document itself (document added/removed).
   */
  path: string;
  /** What the field is, for messages; may use {item} (nearest list item id) and {key}. */
  label: Text;
  /** Appended to values in messages, e.g. {en: ' days', zh: ' 天'}. */
  unit?: Text;
  /** What a higher value does (numbers, booleans true > false, `order`, clock times). */
  higher?: ChangeClass;
  /** For strings: their order from low to high, so `higher` applies. */
  order?: readonly string[];
  /** The value a missing key means, so adding `enabled: false` reads as a switch-off. */
  default?: unknown;
  /** What adding an element (or list item, or document) does; removing is the opposite. */
  added?: ChangeClass;
  /** What a key appearing where there was none does (when no `default`); removal is the opposite. */
  present?: ChangeClass;
  /** What replacing a value does when values have no order (a path such as `extends`). */
  changed?: ChangeClass;
  /** Why, per class; may use {delta}, {before}, {after}, {item}, {value}. */
  why?: Partial<Record<ChangeClass, Text>>;
  /** Custom summary templates per change type (default: the generic ones with `label`). */
  messages?: Partial<Record<ChangeType, Text>>;
}
