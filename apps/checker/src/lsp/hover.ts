import { readFileSync } from 'node:fs';
import { findRule } from '@storepolicy/engine';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { readRuleDoc } from '../commands/rules-docs.js';
import { spanContains, toLineColumn } from './convert.js';
import { buildIdIndex, sameId, siteAt, type IdSite } from './ids.js';
import { SchemaHelp } from './schema-help.js';
import type { ServerContext } from './server.js';
import { nodeAt } from './tree.js';

/**
 * On a finding: the rule's summary and the law it cites (its doc page's "Why").
 * On a key: the schema's description. On a tier, category, promotion id or
 * SKU: its definition as written.
 */
export function hover(context: ServerContext, params: HoverParams): Hover | null {
  const file = context.paths.toFile(params.textDocument.uri);
  if (file === undefined) return null;
  const at = toLineColumn(params.position);
  const analysis = context.workspace.analysis;
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const d of analysis.diagnostics) {
    if (d.file !== file || !spanContains(d, at) || seen.has(d.code)) continue;
    seen.add(d.code);
    parts.push(ruleHelp(d.code, context));
  }
  const index = buildIdIndex(analysis);
  const site = siteAt(index, file, at, spanContains);
  if (site) {
    const defs = index.definitions.filter((d) => sameId(d, site));
    parts.push(...defs.map((d) => definitionText(context, d)));
  } else {
    const docs = [...analysis.project.documents, ...analysis.project.rejected].filter((d) => d.file === file);
    const node = nodeAt(docs, at);
    if (node?.onKey && node.doc.kind) {
      const info = new SchemaHelp(context.workspace.options.root).at(node.doc.kind, node.pointer);
      if (info?.description) parts.push(info.title ? `**${info.title}**\n\n${info.description}` : info.description);
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}

function ruleHelp(code: string, context: ServerContext): string {
  const meta = findRule(code);
  const lines = [`**${code}**${meta?.law ? ' *(law)*' : ''}: ${meta?.summary[context.lang] ?? ''}`];
  const why = whySection(readRuleDoc(code));
  if (why) lines.push(why);
  return lines.join('\n\n');
}

/** The "## Why" section of a rule's doc page: the law or the reasoning the rule enforces. */
function whySection(doc: string | undefined): string | undefined {
  const match = doc ? /^## Why\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc) : null;
  return match?.[1]?.trim() || undefined;
}

/** The lines that define an id (a tier's whole entry, a category's), as a YAML block; a SKU's catalogue row. */
function definitionText(context: ServerContext, site: IdSite): string {
  const source = site.file.endsWith('.csv') ? csvExcerpt(site.file, site.span.line) : context.workspace.analysis.project.sources.get(site.file);
  const where = `${site.file}:${site.span.line}`;
  if (!source) return `${site.kind} \`${site.id}\`: ${where}`;
  const lines = source.split('\n');
  const doc = context.workspace.analysis.project.documents.find((d) => d.file === site.file && d.has(`/spec/${site.kind === 'tier' ? 'tiers' : 'categories'}`));
  let span = site.file.endsWith('.csv') ? { line: 1, endLine: 2 } : { line: site.span.line, endLine: site.span.line };
  if (doc && (site.kind === 'tier' || site.kind === 'category')) {
    const list = site.kind === 'tier' ? 'tiers' : 'categories';
    const items = (doc.value as { spec: Record<string, Array<{ id: string }>> }).spec[list] ?? [];
    const i = items.findIndex((item) => item.id === site.id);
    if (i >= 0) span = doc.locate(`/spec/${list}/${i}`);
  }
  const text = blockAt(lines, span.line - 1, site.file.endsWith('.csv') ? span.endLine - 1 : undefined).join('\n').replace(/\s+$/, '');
  const language = site.file.endsWith('.csv') ? 'csv' : 'yaml';
  return `${site.kind} \`${site.id}\` (${where})\n\n\`\`\`${language}\n${dedent(text)}\n\`\`\``;
}

/**
 * The lines of the block that starts on line `first` (0-based): it and every
 * following line indented deeper (a list item and its keys), at most 20.
 */
function blockAt(lines: readonly string[], first: number, last?: number): string[] {
  const indent = (line: string) => /^ */.exec(line)![0].length;
  const base = indent(lines[first] ?? '');
  let end = first + 1;
  while (end < lines.length && end - first < 20 && (last === undefined ? lines[end]!.trim() === '' || indent(lines[end]!) > base : end <= last)) end++;
  return lines.slice(first, end);
}

function dedent(text: string): string {
  const indents = text.split('\n').filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  return text.split('\n').map((l) => l.slice(Math.min(strip, /^ */.exec(l)![0].length))).join('\n');
}

/** A catalogue's header and the SKU's row, as two lines. */
function csvExcerpt(file: string, line: number): string | undefined {
  try {
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
    return `${lines[0] ?? ''}\n${lines[line - 1] ?? ''}`;
  } catch {
    return undefined;
  }
}
