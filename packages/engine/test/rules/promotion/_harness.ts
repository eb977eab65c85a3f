import type { Diagnostic } from '@storepolicy/schema';
import { expect, it } from 'vitest';
import { dryRun } from '../../../src/pricing/index.js';
import type { CatalogItem } from '../../../src/pricing/types.js';
import { DRS001, POLICY, STORE, TIERS, bundleOf, proposalOf } from '../../pricing/fixtures.js';

export interface Finding {
  code: string;
  severity: Diagnostic['severity'];
  line: number;
  column: number;
  messageId?: string;
  file?: string;
  /** Only the parameters named here are compared. */
  params?: Record<string, unknown>;
}

export interface Case {
  name: string;
  /** The proposal's YAML; line numbers in expectations refer to it. */
  proposal: string;
  /** Extra or replaced store files (`promotions/x.yaml`, `promotion-policy.yaml`...). */
  files?: Record<string, string>;
  catalog?: CatalogItem[];
  now?: string;
  expected: Finding[];
}

export const NOW = '2026-11-01T00:00:00+08:00';

/** A Promotion document with the usual envelope; `spec` is indented YAML lines. */
export function promo(name: string, spec: string): string {
  return `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo, name: ${name}}\nspec:\n${spec}`;
}

export function runCase(c: Case, code: string): Finding[] {
  const files: Record<string, string> = {
    'p/demo/store.yaml': STORE,
    'p/demo/member-tiers.yaml': TIERS,
    'p/demo/promotion-policy.yaml': POLICY,
  };
  for (const [name, text] of Object.entries(c.files ?? {})) files[`p/demo/${name}`] = text;
  const bundle = bundleOf(files);
  const proposal = proposalOf('proposal.yaml', c.proposal);
  const { diagnostics } = dryRun({ bundle, proposals: [proposal], catalog: c.catalog ?? [DRS001], now: new Date(c.now ?? NOW) });
  return diagnostics
    .filter((d) => d.code === code)
    .map((d) => {
      const f: Finding = { code: d.code, severity: d.severity, line: d.line, column: d.column };
      const wanted = c.expected.find((e) => e.line === d.line);
      if (wanted?.messageId) f.messageId = d.messageId;
      if (wanted?.file) f.file = d.file;
      if (wanted?.params) f.params = Object.fromEntries(Object.keys(wanted.params).map((k) => [k, d.params[k]]));
      return f;
    });
}

/** One `it` per case: the findings of `code`, exactly. */
export function table(code: string, cases: Case[]): void {
  for (const c of cases) it(c.name, () => expect(runCase(c, code)).toEqual(c.expected));
}

/** Base spec of a valid dress discount (lines 5-8 of the document). */
export const DISCOUNT_SPEC = `  type: product_discount
  percent_off: 15
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`;

/**
 * Line and column (1-based) of the first occurrence of `needle` in `text`,
 * plus `skip` characters: expectations name the text they point at instead
 * of counting columns by hand.
 */
export function at(text: string, needle: string, skip = 0): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in fixture`);
  const before = text.slice(0, index + skip);
  const line = before.split('\n').length;
  return { line, column: index + skip - before.lastIndexOf('\n') };
}
