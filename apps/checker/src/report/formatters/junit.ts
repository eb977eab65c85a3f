import type { LocalizedDiagnostic } from '@storepolicy/schema';
import { labelsFor, setAsideLabel, type Labels } from '../labels.js';
import type { Formatter } from '../model.js';
import { element, xmlText } from './xml.js';

/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure, CircleCI). One
 * <testsuite> per file with findings; one <testcase> per (file, rule):
 * - any unwaived error: one <failure> (type = code) listing every finding as
 *   `file:line:col message`, so CI counts the rule as failed;
 * - only warnings/infos: a passing test whose <system-out> lists them (CI
 *   tools show it in the test's details without failing the build);
 * - only waived findings: <skipped> with the waiver's reason (or the
 *   baseline that knows them); in a run with a baseline, each suite's
 *   <properties> count its waived and known (baseline) findings apart.
 * A clean run is one passing test, so "no tests found" never fails a CI step.
 */
export const formatJunit: Formatter = (report, context) => {
  const labels = labelsFor(context.lang);
  const byFile = groupBy(report.diagnostics, (d) => d.file);
  const suites: Suite[] = [...byFile].map(([file, findings]) => {
    const cases = [...groupBy(findings, (d) => d.code)].map(([code, list]) => testCase(file, code, list, labels));
    const waived = findings.filter((d) => d.waivedBy && !d.waivedBy.baseline).length;
    const baselined = findings.filter((d) => d.waivedBy?.baseline).length;
    return { name: file, cases, waived, baselined };
  });
  if (suites.length === 0) {
    suites.push({
      name: context.command,
      cases: [{ xml: element('testcase', { classname: context.command, name: labels.summary(report.summary) }), failed: false, skipped: false }],
      waived: 0,
      baselined: 0,
    });
  }
  const total = (pick: (c: Case) => boolean) => suites.reduce((n, s) => n + s.cases.filter(pick).length, 0);
  const body = suites.map((s) =>
    element(
      'testsuite',
      {
        name: s.name,
        tests: s.cases.length,
        failures: s.cases.filter((c) => c.failed).length,
        errors: 0,
        skipped: s.cases.filter((c) => c.skipped).length,
      },
      `\n${properties(s, report.summary.baselined !== undefined)}${s.cases.map((c) => `    ${c.xml}\n`).join('')}  `,
    ),
  );
  const root = element(
    'testsuites',
    { name: context.command, tests: total(() => true), failures: total((c) => c.failed), errors: 0, skipped: total((c) => c.skipped) },
    `\n${body.map((b) => `  ${b}\n`).join('')}`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}`;
};

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
}
interface Suite {
  name: string;
  cases: Case[];
  waived: number;
  baselined: number;
}

/** In a run with a baseline, the suite's set-aside findings counted in its properties: waived, and known to the baseline, apart. */
function properties(suite: Suite, withBaseline: boolean): string {
  if (!withBaseline) return '';
  const entries: [string, number][] = [
    ['waived', suite.waived],
    ['baselined', suite.baselined],
  ];
  const items = entries.map(([name, value]) => `      ${element('property', { name, value })}\n`).join('');
  return `    ${element('properties', {}, `\n${items}    `)}\n`;
}

function testCase(file: string, code: string, findings: LocalizedDiagnostic[], labels: Labels): Case {
  const attributes = { classname: file, name: code, file };
  const errors = findings.filter((d) => d.severity === 'error' && !d.waivedBy);
  const others = findings.filter((d) => !errors.includes(d));
  const out = others.length > 0 ? element('system-out', {}, xmlText(others.map((d) => describe(d, labels)).join('\n\n'))) : '';
  if (errors.length > 0) {
    const first = errors[0]!;
    const message = errors.length === 1 ? first.message : `${first.message} (+${errors.length - 1})`;
    const failure = element('failure', { message, type: code }, xmlText(errors.map((d) => describe(d, labels)).join('\n\n')));
    return { xml: element('testcase', attributes, failure + out), failed: true, skipped: false };
  }
  if (findings.every((d) => d.waivedBy)) {
    const reasons = findings.map((d) => setAsideLabel(labels, d.waivedBy!));
    const skipped = element('skipped', { message: [...new Set(reasons)].join('; ') });
    return { xml: element('testcase', attributes, skipped + out), failed: false, skipped: true };
  }
  return { xml: element('testcase', attributes, out), failed: false, skipped: false };
}

function describe(d: LocalizedDiagnostic, labels: Labels): string {
  const lines = [`${d.file}:${d.line}:${d.column}${d.sku === undefined ? '' : ` ${d.sku}`} ${labels.severity[d.severity]} ${d.message}`];
  if (d.hint) lines.push(`${labels.hint}${labels.colon}${d.hint}`);
  for (const r of d.related) lines.push(`${labels.related}${labels.colon}${r.file}:${r.line}:${r.column} ${r.message}`);
  if (d.waivedBy) lines.push(setAsideLabel(labels, d.waivedBy));
  lines.push(`${labels.docs}${labels.colon}${d.docs}`);
  return lines.join('\n');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
