// The one mapping each way between the engine and LSP: repository-relative
// paths <-> URIs, 1-based spans <-> 0-based ranges, Diagnostic -> LSP diagnostic.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeFile } from '@storepolicy/engine';
import { localize, type Diagnostic, type Lang, type MessageCatalog, type Span } from '@storepolicy/schema';
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { ruleDocFile } from '../commands/rules-docs.js';
import { labelsFor } from '../report/labels.js';

/** What a published diagnostic carries back to the server for code actions. */
export interface DiagnosticData {
  pointer: string;
  messageId: string;
  params: Diagnostic['params'];
  waived: boolean;
}

export class PathMapper {
  constructor(readonly root: string) {}

  /** Repository-relative path of a `file:` URI, or undefined for other schemes. */
  toFile(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    return normalizeFile(path.relative(this.root, fileURLToPath(uri)));
  }

  toUri(file: string): string {
    return pathToFileURL(path.resolve(this.root, file)).href;
  }
}

export function toRange(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

/** A 0-based LSP position as the engine's 1-based line and column. */
export function toLineColumn(position: Position): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}

export function spanContains(span: Span, at: { line: number; column: number }): boolean {
  const afterStart = at.line > span.line || (at.line === span.line && at.column >= span.column);
  const beforeEnd = at.line < span.endLine || (at.line === span.endLine && at.column <= span.endColumn);
  return afterStart && beforeEnd;
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * One engine finding as the editor shows it: the same code, message (and
 * hint), range and related locations as `validate`; a waived finding is a
 * hint that names the waiver, its reason and its expiry.
 */
export function toLspDiagnostic(diagnostic: Diagnostic, catalog: MessageCatalog, lang: Lang, paths: PathMapper): LspDiagnostic {
  const text = localize(diagnostic, catalog, lang);
  const labels = labelsFor(lang);
  const lines = [text.message];
  if (text.hint) lines.push(`${labels.hint}${labels.colon}${text.hint}`);
  const by = diagnostic.waivedBy;
  if (by) lines.unshift(labels.waivedBy(by.file, by.reason, by.expires));
  const data: DiagnosticData = { pointer: diagnostic.pointer, messageId: diagnostic.messageId, params: diagnostic.params, waived: by !== undefined };
  const result: LspDiagnostic = {
    range: toRange(diagnostic),
    severity: by ? DiagnosticSeverity.Hint : SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    codeDescription: { href: docsUri(diagnostic, paths) },
    source: 'storepolicy',
    message: lines.join('\n'),
    relatedInformation: text.related.map((r) => ({
      location: { uri: paths.toUri(r.file), range: toRange(r) },
      message: r.message,
    })),
    data,
  };
  return result;
}

/** The rule's doc page: this installation's docs folder, else the repository's own. */
function docsUri(diagnostic: Diagnostic, paths: PathMapper): string {
  const installed = ruleDocFile(diagnostic.code);
  return existsSync(installed) ? pathToFileURL(installed).href : paths.toUri(diagnostic.docs);
}
