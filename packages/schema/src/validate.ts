import { createRequire } from 'node:module';
import type { Diagnostic } from './diagnostic.js';
import type { PolicyDocument } from './document.js';
import { SUGGESTION_LIMIT, toStructuralFinding, type AjvError, type SuggestionBudget } from './ajv-errors.js';

/** Every document kind, in the order SPEC section 2 lists them. */
export const KINDS = [
  'Store',
  'MemberTiers',
  'PromotionPolicy',
  'AfterSalesPolicy',
  'PackingStandard',
  'CompliancePolicy',
  'Promotion',
  'Listing',
  'Waiver',
  'PolicyTest',
] as const;

export type Kind = (typeof KINDS)[number];

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

type ValidatorModule = Record<Kind | 'Document', CompiledValidator>;

// The validators are compiled ahead of time by `pnpm generate` (ajv standalone,
// CommonJS because ajv's ESM output still calls require()); loading them costs
// a file read, not a schema compilation, which keeps `--help` and small runs fast.
let validators: ValidatorModule | undefined;
function loadValidators(): ValidatorModule {
  validators ??= createRequire(import.meta.url)('../generated/validators.cjs') as ValidatorModule;
  return validators;
}

export function isKind(kind: unknown): kind is Kind {
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind);
}

/**
 * Layer 2: check one loaded document against the JSON Schema of its kind.
 * A document without a known `kind` is checked against the envelope only,
 * which reports the bad kind with the list of good ones.
 */
export function validateStructure(doc: PolicyDocument): Diagnostic[] {
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const span = doc.locate('');
    return [
      {
        code: 'schema/type',
        severity: 'error',
        messageId: 'schema/type.notMapping',
        params: {},
        file: doc.file,
        pointer: '',
        related: [],
        docs: 'docs/rules/schema/type.md',
        ...span,
      },
    ];
  }
  const all = loadValidators();
  const validate = isKind(doc.kind) ? all[doc.kind] : all.Document;
  if (validate(value)) return [];
  const seen = new Set<string>();
  const findings: Diagnostic[] = [];
  const errors = validate.errors ?? [];
  const unknownKeys = errors.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties').length;
  const budget: SuggestionBudget = { left: SUGGESTION_LIMIT, total: unknownKeys };
  for (const error of errors) {
    const finding = toStructuralFinding(doc, error, budget);
    if (!finding) continue;
    const key = `${finding.code} ${finding.pointer} ${finding.messageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}
