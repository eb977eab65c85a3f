import { createHash } from 'node:crypto';
import { docsPathFor, type LocalizedDiagnostic, type Severity, type Span } from '@storepolicy/schema';
import { findRule, type RuleMeta } from '@storepolicy/engine';
import type { Formatter } from '../model.js';
import { toolInfo } from '../tool-info.js';

/** SARIF 2.1.0 (OASIS), the format GitHub code scanning and IDE viewers read. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const formatSarif: Formatter = (report, context) => {
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => describeRule(code, findRule(code), context.lang));
  const results = report.diagnostics.map((d) => result(d, ruleIndex.get(d.code)!));
  const driver: Record<string, unknown> = {
    name: toolInfo.name,
    version: toolInfo.version,
    semanticVersion: toolInfo.version,
  };
  if (toolInfo.homepage) driver.informationUri = toolInfo.homepage;
  driver.rules = rules;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // Paths in findings are relative to where storepolicy ran: the repository root in CI.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The directory storepolicy ran in.' } } },
        // Diagnostic columns count UTF-16 code units, as the YAML parser reports them.
        columnKind: 'utf16CodeUnits',
        results,
        // in a run with a --baseline, set-aside findings counted apart: waived, and known to the baseline
        ...(report.summary.baselined === undefined ? {} : { properties: { waived: report.summary.waived, baselined: report.summary.baselined } }),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

function describeRule(code: string, meta: RuleMeta | undefined, lang: 'en' | 'zh') {
  const docs = docsPathFor(code);
  const summary = meta?.summary[lang] ?? code;
  const rule: Record<string, unknown> = {
    id: code,
    shortDescription: { text: summary },
    help: { text: `${summary} See ${docs}.`, markdown: `${summary} See [${docs}](${docs}).` },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
  };
  if (toolInfo.homepage) rule.helpUri = new URL(docs, withSlash(toolInfo.homepage)).href;
  if (meta?.law) rule.properties = { tags: ['law'] };
  return rule;
}

function result(d: LocalizedDiagnostic, index: number) {
  const out: Record<string, unknown> = {
    ruleId: d.code,
    ruleIndex: index,
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [{ physicalLocation: physicalLocation(d.file, d) }],
  };
  if (d.related.length > 0) {
    out.relatedLocations = d.related.map((r, id) => ({
      id,
      physicalLocation: physicalLocation(r.file, r),
      message: { text: r.message },
    }));
  }
  out.partialFingerprints = { 'storepolicyFinding/v1': fingerprint(d) };
  if (d.waivedBy?.baseline) {
    out.baselineState = 'unchanged';
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: `known finding in the baseline ${d.waivedBy.file}` }];
  } else if (d.waivedBy) {
    out.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: `${d.waivedBy.reason} (${d.waivedBy.file}, expires ${d.waivedBy.expires})`,
      },
    ];
  }
  out.properties = { pointer: d.pointer, docs: d.docs, ...(d.row === undefined ? {} : { row: d.row }), ...(d.sku === undefined ? {} : { sku: d.sku }) };
  return out;
}

function physicalLocation(file: string, span: Span) {
  const endLine = Math.max(span.line, span.endLine);
  const endColumn = endLine === span.line ? Math.max(span.column, span.endColumn) : Math.max(1, span.endColumn);
  return {
    artifactLocation: artifactLocation(file),
    region: { startLine: span.line, startColumn: span.column, endLine, endColumn },
  };
}

/** Repository-relative URI with forward slashes; an absolute path becomes a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  const absolute = /^(\/|[A-Za-z]:\/)/.test(slashed);
  const segments = slashed.replace(/^\.\//, '').split('/').map((segment, i) =>
    // keep a Windows drive letter's colon; escape everything else a URI cannot hold
    absolute && i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment),
  );
  if (absolute) {
    const path = slashed.startsWith('/') ? segments.join('/') : `/${segments.join('/')}`;
    return { uri: `file://${path}` };
  }
  return { uri: segments.join('/'), uriBaseId: SRCROOT };
}

/**
 * Stable across edits that only move a finding (lines inserted above it): the
 * rule, the file and the JSON pointer, plus the parameters for file-level
 * findings (YAML errors) that have no pointer to tell them apart. A row of a
 * bulk file adds its SKU (rows move as a catalogue is re-exported; the SKU
 * stays), or its row number when it has none, so two rows' findings in the
 * same field are two alerts, not one.
 */
function fingerprint(d: LocalizedDiagnostic): string {
  const identity = [d.code, d.file.replace(/\\/g, '/'), d.pointer];
  if (d.sku !== undefined) identity.push(`sku:${d.sku}`);
  else if (d.row !== undefined) identity.push(`row:${d.row}`);
  if (d.pointer === '') identity.push(d.messageId, JSON.stringify(d.params));
  return createHash('sha256').update(identity.join('\u0000')).digest('hex');
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
