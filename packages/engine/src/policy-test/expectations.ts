import {
  formatFen,
  parseMoney,
  type Diagnostic,
  type MessageParams,
  type PolicyDocument,
  type PolicyTest,
  type PolicyTestExpectedFinding,
  type PolicyTestExpectedPrice,
} from '@storepolicy/schema';
import type { PriceRow } from '../pricing/types.js';
import { toDiagnostic } from '../rule.js';
import { failedMeta } from '../rules/test/failed.js';
import type { CaseFailure } from './types.js';

interface Wanted {
  code: string;
  pointer?: string;
  severity?: Diagnostic['severity'];
}

function wanted(item: PolicyTestExpectedFinding): Wanted {
  return typeof item === 'string' ? { code: item } : item;
}

function describeWanted(w: Wanted): string {
  return [w.code, w.pointer !== undefined ? `at ${w.pointer}` : '', w.severity ? `(${w.severity})` : ''].filter(Boolean).join(' ');
}

function under(pointer: string, prefix: string): boolean {
  return prefix === '' || pointer === prefix || pointer.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

function matches(d: Diagnostic, w: Wanted): boolean {
  return d.code === w.code && (w.pointer === undefined || under(d.pointer, w.pointer)) && (w.severity === undefined || d.severity === w.severity);
}

/** `tiers/price-floor member-tiers.yaml:9:77` for the actual side of a diff. */
export function describeFinding(d: Diagnostic): string {
  return `${d.code} (${d.severity}) ${d.file}:${d.line}:${d.column} ${d.pointer}`;
}

/**
 * Compare one case's findings and prices with its `expect`. Waived findings
 * do not count: a case sees the store as `validate` would judge it.
 */
export function checkExpectations(
  test: PolicyDocument<PolicyTest>,
  index: number,
  findings: readonly Diagnostic[],
  prices: readonly PriceRow[],
): CaseFailure[] {
  const testCase = test.value.spec.cases[index]!;
  const expect = testCase.expect;
  const base = `/spec/cases/${index}/expect`;
  const live = findings.filter((d) => !d.waivedBy);
  const failures: CaseFailure[] = [];
  const fail = (pointer: string, messageId: string, params: MessageParams, expected: string, actual: string) =>
    failures.push({
      diagnostic: toDiagnostic(failedMeta, { doc: test, pointer, messageId, params: { name: testCase.name, ...params } }),
      expected,
      actual,
    });
  const reported = [...new Set(live.map((d) => d.code))].sort().join(', ') || 'nothing';

  const errors = live.filter((d) => d.severity === 'error');
  if (expect.valid === true && errors.length > 0) {
    const codes = [...new Set(errors.map((d) => d.code))].sort().join(', ');
    fail(`${base}/valid`, 'expectedValid', { count: errors.length, codes }, 'no errors', errors.map(describeFinding).join('\n'));
  }
  if (expect.valid === false && errors.length === 0) {
    fail(`${base}/valid`, 'expectedInvalid', {}, 'at least one error', live.length > 0 ? live.map(describeFinding).join('\n') : 'no errors');
  }

  (expect.codes ?? []).forEach((item, j) => {
    const w = wanted(item);
    if (live.some((d) => matches(d, w))) return;
    const params: MessageParams = { code: w.code, actual: reported };
    if (w.pointer !== undefined) params.pointer = w.pointer;
    const near = live.filter((d) => d.code === w.code);
    fail(`${base}/codes/${j}`, w.pointer !== undefined ? 'missingCodeAt' : 'missingCode', params, describeWanted(w), near.length > 0 ? near.map(describeFinding).join('\n') : '');
  });

  (expect.absent_codes ?? []).forEach((item, j) => {
    const w = wanted(item);
    const hits = live.filter((d) => matches(d, w));
    if (hits.length === 0) return;
    const first = hits[0]!;
    fail(`${base}/absent_codes/${j}`, 'unexpectedCode', { code: w.code, where: `${first.file}:${first.line}:${first.column}` }, `no ${describeWanted(w)}`, hits.map(describeFinding).join('\n'));
  });

  (expect.prices ?? []).forEach((item, j) => checkPrice(item, `${base}/prices/${j}`, prices, fail));
  return failures;
}

type Fail = (pointer: string, messageId: string, params: MessageParams, expected: string, actual: string) => void;

function checkPrice(item: PolicyTestExpectedPrice, pointer: string, prices: readonly PriceRow[], fail: Fail): void {
  const rows = prices.filter((r) => r.sku === item.sku && r.tier === item.tier && (item.promotion === undefined || r.promotion === item.promotion));
  const label = `${item.sku} ${item.tier}${item.promotion ? ` (${item.promotion})` : ''}`;
  if (rows.length === 0) {
    fail(pointer, 'missingPrice', { sku: item.sku, tier: item.tier, promotion: item.promotion ? ` (${item.promotion})` : '' }, `a price row for ${label}`, 'none');
    return;
  }
  for (const field of ['single', 'worst', 'floor'] as const) {
    const written = item[field];
    if (written === undefined) continue;
    const expected = parseMoney(written);
    for (const row of rows) {
      if (row[field] === expected) continue;
      fail(
        `${pointer}/${field}`,
        'priceMismatch',
        { field, sku: item.sku, tier: item.tier, expected: formatFen(expected), actual: formatFen(row[field]) },
        `${label} ${field} ${formatFen(expected)}`,
        `${label} ${field} ${formatFen(row[field])}${rows.length > 1 ? ` (${row.promotion})` : ''}`,
      );
    }
  }
}
