import type {
  Diagnostic,
  MessageEntry,
  MessageParams,
  PolicyDocument,
  Severity,
  Text,
} from '@storepolicy/schema';
import type { StoreBundle } from './model.js';

/**
 * What every rule declares about itself (typescript-eslint's `meta`): the
 * stable code, default severity, a one-line summary for `storepolicy rules`,
 * and its messages by local id. The full message id is `${code}.${id}`.
 */
export interface RuleMeta {
  code: string;
  severity: Severity;
  summary: Text;
  messages: Record<string, MessageEntry>;
  /** True when the rule enforces a law (SPEC marks these *(law)*). */
  law?: boolean;
}

/** A place in another document that explains a finding (e.g. where a limit is set). */
export interface RelatedInput {
  doc: PolicyDocument;
  pointer: string;
  messageId: string;
  params?: MessageParams;
}

export interface FindingInput {
  doc: PolicyDocument;
  pointer: string;
  /** Local message id, declared in the rule's `meta.messages`. */
  messageId: string;
  params?: MessageParams;
  /** Overrides the rule's default severity for this one finding. */
  severity?: Severity;
  /** Point at the mapping key instead of its value (unknown or misplaced keys). */
  atKey?: boolean;
  related?: RelatedInput[];
}

export interface EngineOptions {
  /** The instant checks are judged against (lead time, waiver expiry). */
  now: Date;
}

export interface RuleContext {
  readonly options: EngineOptions;
  report(finding: FindingInput): void;
}

/** A rule that runs in `storepolicy validate` over one store's documents. */
export interface PolicyRule {
  meta: RuleMeta;
  check(bundle: StoreBundle, context: RuleContext): void;
}

export function defineRule(rule: PolicyRule): PolicyRule {
  return rule;
}

/** Turn a rule's report into the shared Diagnostic shape. */
export function toDiagnostic(meta: RuleMeta, input: FindingInput): Diagnostic {
  if (!meta.messages[input.messageId]) {
    throw new Error(`rule ${meta.code} reported undeclared message id "${input.messageId}"`);
  }
  const span = input.atKey ? input.doc.locateKey(input.pointer) : input.doc.locate(input.pointer);
  return {
    code: meta.code,
    severity: input.severity ?? meta.severity,
    messageId: `${meta.code}.${input.messageId}`,
    params: input.params ?? {},
    file: input.doc.file,
    pointer: input.pointer,
    related: (input.related ?? []).map((r) => ({
      file: r.doc.file,
      ...r.doc.locate(r.pointer),
      messageId: `${meta.code}.${r.messageId}`,
      params: r.params ?? {},
    })),
    docs: `docs/rules/${meta.code}.md`,
    ...span,
  };
}
