import { existsSync } from 'node:fs';
import path from 'node:path';
import { parsePointer, type Lang } from '@storepolicy/schema';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, parseAllDocuments, type YAMLMap } from 'yaml';
import type { DiagnosticData } from './convert.js';
import { SchemaHelp } from './schema-help.js';
import type { ServerContext } from './server.js';

/** The actions' titles, in the language of the findings. */
const TITLES: Record<Lang, { change(text: string): string; add(key: string): string; waive(code: string, expires: string): string }> = {
  en: {
    change: (text) => `Change to "${text}"`,
    add: (key) => `Add "${key}"`,
    waive: (code, expires) => `Add a waiver for ${code} (expires ${expires})`,
  },
  zh: {
    change: (text) => `改为 "${text}"`,
    add: (key) => `添加 "${key}"`,
    waive: (code, expires) => `为 ${code} 添加豁免（${expires} 到期）`,
  },
};

/** How long a waiver drafted from the editor lasts before someone must look again. */
const WAIVER_DAYS = 30;

/**
 * Quick fixes for the findings in range: apply a did-you-mean, insert a
 * missing required key with a placeholder, or draft a Waiver for the finding
 * (a new document the reviewer sees in the pull request).
 */
export function codeActions(context: ServerContext, params: CodeActionParams): CodeAction[] {
  const document = context.documents.get(params.textDocument.uri);
  const file = context.paths.toFile(params.textDocument.uri);
  if (!document || file === undefined) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'storepolicy' || !isData(diagnostic.data)) continue;
    const data = diagnostic.data;
    const fix = didYouMean(data);
    if (fix) actions.push(quickFix(TITLES[context.lang].change(fix), diagnostic, params.textDocument.uri, [{ range: diagnostic.range, newText: fix }], true));
    if (data.messageId === 'schema/required.required') {
      const edit = insertRequiredKey(context, document, diagnostic, data);
      if (edit) actions.push(quickFix(TITLES[context.lang].add(String(data.params.key)), diagnostic, params.textDocument.uri, [edit], false));
    }
    if (!data.waived && isWaivable(String(diagnostic.code))) {
      const waiver = draftWaiver(context, file, String(diagnostic.code), data);
      if (waiver) actions.push(waiver);
    }
  }
  return actions;
}

function isData(value: unknown): value is DiagnosticData {
  return value !== null && typeof value === 'object' && typeof (value as DiagnosticData).messageId === 'string';
}

/** The replacement a finding suggests: a misspelt key, an enum value, a waiver's rule code. */
function didYouMean(data: DiagnosticData): string | undefined {
  const { params } = data;
  let text: string | undefined;
  if (data.messageId === 'schema/unknown-key.didYouMean') text = String(params.suggestion);
  else if (data.messageId === 'schema/enum.enum') text = /^Did you mean "(.+)"\?$/.exec(String(params.suggestion))?.[1];
  else if (typeof params.closest === 'string' && params.closest !== '' && data.pointer === '/spec/rule') text = params.closest;
  return text;
}

function quickFix(title: string, diagnostic: LspDiagnostic, uri: string, edits: TextEdit[], preferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [uri]: edits } } };
}

/**
 * `key: placeholder` as a new line at the indentation of the mapping's other
 * keys (or inside a flow mapping's braces); the placeholder has the schema's
 * type, so what is left to fix is the value, which the next finding points at.
 */
function insertRequiredKey(context: ServerContext, document: TextDocument, diagnostic: LspDiagnostic, data: DiagnosticData): TextEdit | undefined {
  const key = String(data.params.key);
  const parentPath = parsePointer(data.pointer).slice(0, -1);
  const offset = document.offsetAt(diagnostic.range.start);
  const docs = parseAllDocuments(document.getText(), { uniqueKeys: false });
  if (!Array.isArray(docs)) return undefined;
  const yamlDoc = docs.find((d) => d.range[0] <= offset && offset <= d.range[2]) ?? docs[0];
  const parent = parentPath.length === 0 ? yamlDoc?.contents : yamlDoc?.getIn(parentPath, true);
  if (!isMap(parent) || !parent.range) return undefined;
  const kind = typeof yamlDoc?.get('kind') === 'string' ? String(yamlDoc.get('kind')) : undefined;
  const info = kind ? new SchemaHelp(context.workspace.options.root).at(kind, data.pointer) : undefined;
  const value = placeholder(info?.type);
  if ((parent as YAMLMap).flow) {
    const close = parent.range[1] - 1;
    const empty = parent.items.length === 0;
    return { range: { start: document.positionAt(close), end: document.positionAt(close) }, newText: `${empty ? '' : ', '}${key}: ${value}` };
  }
  const first = parent.items[0]?.key as { range?: [number, number, number] } | undefined;
  if (!first?.range) return undefined;
  const start = document.positionAt(first.range[0]);
  const indent = ' '.repeat(start.character);
  const lineStart = { line: start.line, character: 0 };
  // a first key after "- " shares its line with the dash: add the new key after it instead
  const before = document.getText({ start: lineStart, end: start });
  if (before.trim() !== '') {
    const next = { line: start.line + 1, character: 0 };
    return { range: { start: next, end: next }, newText: `${indent}${key}: ${value}\n` };
  }
  return { range: { start: lineStart, end: lineStart }, newText: `${indent}${key}: ${value}\n` };
}

function placeholder(type: string | string[] | undefined): string {
  const first = Array.isArray(type) ? type[0] : type;
  switch (first) {
    case 'number':
    case 'integer':
      return '0';
    case 'boolean':
      return 'false';
    case 'array':
      return '[]';
    case 'object':
      return '{}';
    default:
      return '""';
  }
}

/** Syntax findings and the waivers' own findings cannot be waived: only a rule's finding can. */
function isWaivable(code: string): boolean {
  return !code.startsWith('yaml/') && !code.startsWith('waiver/');
}

/**
 * A new Waiver document in the store's `waivers/` folder for this one finding:
 * the rule, the file and pointer it covers, placeholders for the reason and
 * the approver (which the reviewer must see filled in), and an expiry 30 days out.
 */
function draftWaiver(context: ServerContext, file: string, code: string, data: DiagnosticData): CodeAction | undefined {
  const analysis = context.workspace.analysis;
  const doc = [...analysis.project.documents, ...analysis.project.rejected].find((d) => d.file === file);
  const store = (doc?.value as { metadata?: { store?: unknown } } | undefined)?.metadata?.store;
  if (typeof store !== 'string' || store === '_base') return undefined;
  const bundle = analysis.set.stores.find((b) => b.id === store);
  const storeDir = bundle?.store ? path.posix.dirname(bundle.store.file) : path.posix.dirname(file);
  const slug = `${code.replace(/\//g, '-')}-${path.posix.basename(file).replace(/\.ya?ml$/i, '')}`;
  let name = slug;
  for (let n = 2; existsSync(path.join(storeDir, 'waivers', `${name}.yaml`)); n++) name = `${slug}-${n}`;
  const target = path.posix.join(storeDir, 'waivers', `${name}.yaml`);
  const schema = path.posix.relative(path.posix.dirname(target), 'schemas/waiver.schema.json');
  const timeZone = (bundle?.store?.value.spec as { timezone?: string } | undefined)?.timezone ?? 'Asia/Shanghai';
  const now = context.workspace.options.now ?? new Date();
  const expires = new Date(now.getTime() + WAIVER_DAYS * 86_400_000).toLocaleDateString('sv-SE', { timeZone });
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    'apiVersion: storepolicy/v1',
    'kind: Waiver',
    'metadata:',
    `  store: ${store}`,
    `  name: ${name}`,
    'spec:',
    `  rule: ${code}`,
    '  target:',
    `    file: ${file}`,
    ...(data.pointer === '' ? [] : [`    pointer: ${JSON.stringify(data.pointer)}`]),
    '  reason: {zh: "TODO: 为什么可以接受这个例外", en: "TODO: why this exception is acceptable"}',
    '  approved_by: "TODO: who approved it"',
    `  expires: ${expires}`,
    '',
  ];
  const uri = context.paths.toUri(target);
  return {
    title: TITLES[context.lang].waive(code, expires),
    kind: CodeActionKind.QuickFix,
    edit: {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: false } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: lines.join('\n') }] },
      ],
    },
  };
}
