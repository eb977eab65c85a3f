export type {
  Diagnostic,
  Lang,
  MessageCatalog,
  MessageEntry,
  MessageParams,
  Related,
  Severity,
  Span,
  Text,
} from './diagnostic.js';
export { SEVERITY_RANK, docsPathFor } from './diagnostic.js';
export type { LocalizedDiagnostic, LocalizedRelated } from './i18n.js';
export { interpolate, langFromEnv, localize } from './i18n.js';
export { countOf, pluralForm } from './plural.js';
export type { Envelope, PolicyDocument } from './document.js';
export { asKind } from './document.js';
export type { LoadOptions, LoadResult } from './load-yaml.js';
export { checkSize, DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_BYTES, loadYaml } from './load-yaml.js';
export { childPointer, getAtPointer, parsePointer, toPointer } from './pointer.js';
export { KINDS, validateStructure, type Kind } from './validate.js';
export { parseMoney, formatFen } from './money.js';
export { editDistance, suggest } from './suggest.js';
export * from './generated/types.js';
