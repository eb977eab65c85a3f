import { compileGlob, resolveExtends } from '@storepolicy/engine';
import { childPointer, getAtPointer, type PolicyDocument } from '@storepolicy/schema';
import type { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import { spanContains, toLineColumn, toRange } from './convert.js';
import { buildIdIndex, sameId, siteAt, type IdSite } from './ids.js';
import type { ServerContext } from './server.js';
import { nodeAt } from './tree.js';

const FILE_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Go to definition: a tier, category, promotion id or SKU to where it is
 * defined (MemberTiers, Store, the promotion's file, catalog.csv); `extends`
 * to the baseline; a waiver's `target.file` to the files it names and
 * `target.pointer` to the value it covers.
 */
export function definition(context: ServerContext, params: DefinitionParams): Location[] {
  const file = context.paths.toFile(params.textDocument.uri);
  if (file === undefined) return [];
  const at = toLineColumn(params.position);
  const analysis = context.workspace.analysis;
  const docs = documentsIn(analysis.project.documents, file);
  const node = nodeAt(docs, at);
  if (node && !node.onKey && typeof node.value === 'string') {
    if (node.doc.kind === 'CompliancePolicy' && node.pointer === '/spec/extends') {
      return [{ uri: context.paths.toUri(resolveExtends(file, node.value)), range: FILE_START }];
    }
    if (node.doc.kind === 'Waiver' && node.pointer === '/spec/target/file') {
      const pattern = compileGlob(node.value);
      return analysis.project.files.filter((f) => pattern.test(f)).map((f) => ({ uri: context.paths.toUri(f), range: FILE_START }));
    }
    if (node.doc.kind === 'Waiver' && node.pointer === '/spec/target/pointer') {
      const target = getAtPointer(node.doc.value, childPointer('/spec/target', 'file'));
      if (typeof target !== 'string') return [];
      const pattern = compileGlob(target);
      return analysis.project.documents
        .filter((d) => pattern.test(d.file) && d.has(node.value as string))
        .map((d) => ({ uri: context.paths.toUri(d.file), range: toRange(d.locate(node.value as string)) }));
    }
  }
  const index = buildIdIndex(analysis);
  const site = siteAt(index, file, at, spanContains);
  if (!site) return [];
  return index.definitions.filter((d) => sameId(d, site)).map((d) => location(context, d));
}

/** Every place that names the id at the cursor (and where it is defined, when the client asks). */
export function references(context: ServerContext, params: ReferenceParams): Location[] {
  const file = context.paths.toFile(params.textDocument.uri);
  if (file === undefined) return [];
  const index = buildIdIndex(context.workspace.analysis);
  const site = siteAt(index, file, toLineColumn(params.position), spanContains);
  if (!site) return [];
  const found = index.references.filter((r) => sameId(r, site));
  if (params.context.includeDeclaration) found.unshift(...index.definitions.filter((d) => sameId(d, site)));
  return found.map((s) => location(context, s));
}

export function documentsIn(documents: readonly PolicyDocument[], file: string): PolicyDocument[] {
  return documents.filter((d) => d.file === file);
}

function location(context: ServerContext, site: IdSite): Location {
  return { uri: context.paths.toUri(site.file), range: toRange(site.span) };
}
