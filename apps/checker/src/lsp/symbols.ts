import type { PolicyDocument } from '@storepolicy/schema';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { toRange } from './convert.js';
import type { ServerContext } from './server.js';

/** Lists of the outline: where each kind keeps its named entries. */
const LISTS: Record<string, { list: string; kind: SymbolKind }[]> = {
  MemberTiers: [{ list: 'tiers', kind: SymbolKind.Class }],
  Store: [{ list: 'categories', kind: SymbolKind.Enum }],
  CompliancePolicy: [{ list: 'term_sets', kind: SymbolKind.Array }],
  PolicyTest: [{ list: 'cases', kind: SymbolKind.Method }],
};

/** The outline: each document by kind and name, with its tiers, categories, term sets or test cases. */
export function documentSymbols(context: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] {
  const file = context.paths.toFile(params.textDocument.uri);
  if (file === undefined) return [];
  const analysis = context.workspace.analysis;
  return [...analysis.project.documents, ...analysis.project.rejected]
    .filter((d) => d.file === file)
    .sort((a, b) => a.index - b.index)
    .map((doc) => documentSymbol(doc));
}

function documentSymbol(doc: PolicyDocument): DocumentSymbol {
  const value = doc.value as { metadata?: { name?: unknown }; spec?: Record<string, unknown> };
  const name = typeof value.metadata?.name === 'string' ? value.metadata.name : (doc.kind ?? 'document');
  const children: DocumentSymbol[] = [];
  for (const { list, kind } of LISTS[doc.kind ?? ''] ?? []) {
    const items = value.spec?.[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const entry = item as { id?: unknown; name?: unknown };
      const label = typeof entry.id === 'string' ? entry.id : typeof entry.name === 'string' ? entry.name : `${list}[${i}]`;
      const pointer = `/spec/${list}/${i}`;
      const idPointer = typeof entry.id === 'string' ? `${pointer}/id` : typeof entry.name === 'string' ? `${pointer}/name` : pointer;
      children.push({ name: label, kind, range: toRange(doc.locate(pointer)), selectionRange: toRange(doc.locate(idPointer)) });
    });
  }
  const whole = doc.locate('');
  return {
    name,
    detail: doc.kind,
    kind: doc.kind === 'Promotion' ? SymbolKind.Event : SymbolKind.File,
    range: toRange(whole),
    selectionRange: toRange(doc.has('/metadata/name') ? doc.locate('/metadata/name') : whole),
    children,
  };
}
