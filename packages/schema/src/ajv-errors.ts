import type { Diagnostic, MessageParams } from './diagnostic.js';
import type { PolicyDocument } from './document.js';
import { countOf } from './plural.js';
import { parsePointer } from './pointer.js';
import { suggest } from './suggest.js';

/** The fields of an ajv error we use (validators are compiled with `verbose: true`). */
export interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  data?: unknown;
  parentSchema?: { title?: string; description?: string; properties?: Record<string, unknown>; enum?: unknown[] };
}

/** ajv keywords -> our closed set of structural codes (users never see ajv's wording). */
const CODE_BY_KEYWORD: Record<string, string> = {
  type: 'schema/type',
  required: 'schema/required',
  dependentRequired: 'schema/required',
  additionalProperties: 'schema/unknown-key',
  unevaluatedProperties: 'schema/unknown-key',
  enum: 'schema/enum',
  const: 'schema/enum',
  minimum: 'schema/range',
  maximum: 'schema/range',
  exclusiveMinimum: 'schema/range',
  exclusiveMaximum: 'schema/range',
  minLength: 'schema/range',
  maxLength: 'schema/range',
  minItems: 'schema/range',
  maxItems: 'schema/range',
  minProperties: 'schema/range',
  maxProperties: 'schema/range',
  multipleOf: 'schema/range',
  uniqueItems: 'schema/range',
  pattern: 'schema/format',
  format: 'schema/format',
};

/** `/spec/tiers/2/qualify` -> `spec.tiers[2].qualify` (how a manager reads a path). */
export function fieldName(pointer: string): string {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return 'the document';
  return segments
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `the number ${String(value)}`;
}

function describeType(type: unknown): string {
  const names: Record<string, string> = {
    number: 'a number',
    integer: 'a whole number',
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    null: 'empty',
  };
  return String(type)
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

const COMPARISON: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'above', '<': 'below' };

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? text.slice(0, 57) + '...' : text;
}

/** One ajv error -> one located finding; undefined for ajv's bookkeeping errors. */
/**
 * How many unknown keys of one document get a did-you-mean: each costs an
 * edit distance against every allowed key, and a hostile document may hold
 * 100,000 of them. The rest are still reported, and say how many there were.
 */
export const SUGGESTION_LIMIT = 100;

export interface SuggestionBudget {
  /** Suggestions still to give in this document. */
  left: number;
  /** Unknown keys in the document (ajv's errors of that kind). */
  total: number;
}

export function toStructuralFinding(doc: PolicyDocument, error: AjvError, budget?: SuggestionBudget): Diagnostic | undefined {
  const code = CODE_BY_KEYWORD[error.keyword];
  // `if`, `anyOf`, `oneOf`, `not` wrap the errors that say what is wrong; those are reported.
  if (!code) return undefined;
  const description = error.parentSchema?.description ?? '';
  let pointer = error.instancePath;
  let atKey = false;
  let messageId: string;
  let params: MessageParams;
  switch (error.keyword) {
    case 'type':
      messageId = 'schema/type.type';
      params = {
        field: fieldName(pointer),
        expected: describeType(error.params.type),
        actual: describeValue(error.data),
        description,
      };
      break;
    case 'required':
    case 'dependentRequired': {
      const key = String(error.params.missingProperty);
      messageId = 'schema/required.required';
      params = { field: fieldName(pointer), key, description: '' };
      pointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      break;
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggesting = budget === undefined || budget.left > 0;
      if (budget && suggesting) budget.left--;
      const suggestion = suggesting ? suggest(key, allowed) : undefined;
      messageId = suggestion ? 'schema/unknown-key.didYouMean' : suggesting ? 'schema/unknown-key.unknown' : 'schema/unknown-key.unknownPastLimit';
      params = { field: fieldName(pointer), key, allowed: allowed.join(', ') };
      if (suggestion) params.suggestion = suggestion;
      if (!suggesting && budget) Object.assign(params, { total: budget.total, limit: SUGGESTION_LIMIT });
      pointer = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      atKey = true;
      break;
    }
    case 'enum':
    case 'const': {
      const allowedValues = (error.params.allowedValues as unknown[] | undefined) ?? [error.params.allowedValue];
      const value = shortValue(error.data);
      const close = suggest(String(error.data), allowedValues.map(String));
      messageId = 'schema/enum.enum';
      params = {
        field: fieldName(pointer),
        value,
        allowed: allowedValues.map(String).join(', '),
        suggestion: close ? `Did you mean "${close}"?` : description,
      };
      break;
    }
    case 'multipleOf':
      messageId = 'schema/range.decimals';
      params = { field: fieldName(pointer), value: shortValue(error.data), description };
      break;
    case 'pattern':
    case 'format':
      messageId = 'schema/format.format';
      params = {
        field: fieldName(pointer),
        value: shortValue(error.data),
        expected: sentenceCase(error.parentSchema?.title ?? String(error.params.format ?? 'value')),
        description,
      };
      break;
    default: {
      const limit = error.params.limit;
      const comparison = String(error.params.comparison ?? '');
      const unit =
        error.keyword.endsWith('Length') ? ' characters' : error.keyword.endsWith('Items') ? ' items' : error.keyword.endsWith('Properties') ? ' keys' : '';
      messageId = 'schema/range.range';
      params = {
        field: fieldName(pointer),
        value: error.keyword.endsWith('Length') || error.keyword.endsWith('Items') || error.keyword.endsWith('Properties') ? measure(error.data) : shortValue(error.data),
        comparison:
          COMPARISON[comparison] ??
          (error.keyword.startsWith('min') ? 'at least' : error.keyword.startsWith('max') ? 'at most' : 'unique:'),
        limit: error.keyword === 'uniqueItems' ? 'no duplicates' : `${String(limit)}${unit}`,
        description,
      };
    }
  }
  const span = atKey ? doc.locateKey(pointer) : doc.locate(pointer);
  return {
    code,
    severity: 'error',
    messageId,
    params,
    file: doc.file,
    pointer,
    related: [],
    docs: `docs/rules/${code}.md`,
    ...span,
  };
}

/** "Clock time" -> "clock time" inside a sentence; "SKU" stays "SKU". */
function sentenceCase(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}

function measure(data: unknown): string {
  if (typeof data === 'string') return `${countOf(data.length, 'character', 'characters')} long`;
  if (Array.isArray(data)) return `${countOf(data.length, 'item', 'items')} long`;
  if (data && typeof data === 'object') return countOf(Object.keys(data).length, 'key', 'keys');
  return shortValue(data);
}
