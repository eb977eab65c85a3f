import type { LocalizedDiagnostic } from '@storepolicy/schema';
import type { FormatContext, Report } from '../../src/report/model.js';

/** A finding with sensible defaults; tests override what they look at. */
export function finding(overrides: Partial<LocalizedDiagnostic> = {}): LocalizedDiagnostic {
  return {
    code: 'tiers/threshold-order',
    severity: 'error',
    messageId: 'tiers/threshold-order.notIncreasing',
    params: { spend: 3000, previous: 5000 },
    message: "spend 3000 must be above the previous tier's 5000 (line 3)",
    hint: 'Raise spend above 5000 or reorder the tiers.',
    file: 'policies/demo/member-tiers.yaml',
    line: 5,
    column: 12,
    endLine: 5,
    endColumn: 16,
    pointer: '/spec/tiers/1/spend',
    related: [],
    docs: 'docs/rules/tiers/threshold-order.md',
    ...overrides,
  };
}

export function report(diagnostics: LocalizedDiagnostic[], files = 2): Report {
  const active = diagnostics.filter((d) => !d.waivedBy);
  return {
    version: 1,
    summary: {
      files,
      errors: active.filter((d) => d.severity === 'error').length,
      warnings: active.filter((d) => d.severity === 'warning').length,
      infos: active.filter((d) => d.severity === 'info').length,
      waived: diagnostics.length - active.length,
    },
    diagnostics,
  };
}

export const TIERS_SOURCE = [
  'spec:', //                       1
  '  tiers:', //                    2
  '    - {name: gold, spend: 5000}', // 3
  '    - name: svip', //            4
  '      spend: 3000', //           5
  '    - name: vvip', //            6
  '      spend: 9000', //           7
  '', //                            8
].join('\n');

export function context(overrides: Partial<FormatContext> = {}, sources: Record<string, string> = {}): FormatContext {
  return {
    lang: 'en',
    color: false,
    command: 'storepolicy validate',
    readSource: (file) => sources[file],
    ...overrides,
  };
}

export const ANSI = /\u001b\[/;
