import { ruleCatalog } from '@storepolicy/engine';
import { CompletionItemKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { REFERENCE_KEYS, buildIdIndex, type IdKind } from './ids.js';
import type { ServerContext } from './server.js';

export const COMPLETION_TRIGGERS = [' ', '[', ',', '-'];

// the keys that name an id (ids.ts), plus a waiver's rule code
const KEY_KINDS: Record<string, IdKind | 'rule'> = { ...REFERENCE_KEYS, rule: 'rule' };

/**
 * Ids where an id is expected: tiers, categories, SKUs and promotion ids of
 * the file's store, rule codes in a waiver's `rule`. Read from the line being
 * typed (the document may not parse yet); keys are the YAML extension's job.
 */
export function completion(context: ServerContext, params: CompletionParams): CompletionItem[] {
  const document = context.documents.get(params.textDocument.uri);
  const file = context.paths.toFile(params.textDocument.uri);
  if (!document || file === undefined || !context.workspace.covers(file)) return [];
  const lines = document.getText().split('\n');
  const key = keyBefore(lines, params.position.line, params.position.character);
  const kind = key === undefined ? undefined : KEY_KINDS[key];
  if (kind === undefined) return [];
  if (kind === 'rule') {
    return ruleCatalog.map((meta) => ({ label: meta.code, kind: CompletionItemKind.EnumMember, detail: meta.summary[context.lang] }));
  }
  const store = storeOf(context, file, document.getText());
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const site of buildIdIndex(context.workspace.analysis).definitions) {
    if (site.kind !== kind || site.store !== store || seen.has(site.id)) continue;
    seen.add(site.id);
    items.push({ label: site.id, kind: CompletionItemKind.Value, detail: `${site.kind} · ${site.file}:${site.span.line}` });
  }
  return items;
}

/** The key whose value is being typed: on this line (`tier: g`, `tiers: [gold, s`) or above a `- ` item. */
export function keyBefore(lines: readonly string[], line: number, character: number): string | undefined {
  const prefix = (lines[line] ?? '').slice(0, character);
  const inline = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s*(?:\[[^\]]*|[^\s[{]*)$/.exec(prefix);
  if (inline) return inline[1];
  const flow = /([A-Za-z_][\w-]*):\s*\[[^\]]*$/.exec(prefix); // `{skus: [DRS-001, D`
  if (flow) return flow[1];
  const item = /^(\s*)-\s*[^\s:]*$/.exec(prefix);
  if (!item) return undefined;
  const indent = item[1]!.length;
  for (let i = line - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const own = /^(\s*)/.exec(text)![1]!.length;
    if (own > indent) continue;
    if (own === indent && /^\s*-/.test(text)) continue; // a sibling item
    return /^\s*(?:-\s+)?([A-Za-z_][\w-]*):\s*$/.exec(text)?.[1];
  }
  return undefined;
}

function storeOf(context: ServerContext, file: string, text: string): string | undefined {
  const doc = context.workspace.analysis.project.documents.find((d) => d.file === file);
  const fromDoc = (doc?.value as { metadata?: { store?: unknown } } | undefined)?.metadata?.store;
  if (typeof fromDoc === 'string') return fromDoc;
  const fromText = /^\s+store:\s*([\w-]+)/m.exec(text)?.[1];
  return fromText ?? file.split('/')[1];
}
