// The part of @storepolicy/schema that loads no parser and no validator:
// diagnostics, messages, money and pointers. A listing checker thread
// imports only this (`@storepolicy/schema/core`), so it starts in a fraction
// of the time the YAML loader and the ajv validators take to load.
export type { Diagnostic, Lang, MessageCatalog, MessageEntry, MessageParams, Related, Severity, Span, Text } from './diagnostic.js';
export { SEVERITY_RANK, docsPathFor } from './diagnostic.js';
export type { LocalizedDiagnostic, LocalizedRelated } from './i18n.js';
export { interpolate, langFromEnv, localize } from './i18n.js';
export { countOf, pluralForm } from './plural.js';
export { parseMoney, formatFen } from './money.js';
export { suggest, editDistance } from './suggest.js';
export { childPointer, getAtPointer, parsePointer, toPointer } from './pointer.js';
export type { PolicyDocument } from './document.js';
