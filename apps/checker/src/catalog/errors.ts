import type { Lang } from '@storepolicy/schema/core';
import { UsageError } from '../exit.js';
import type { Message } from '../i18n.js';
import { catalogMessages as m } from './messages.js';

/** One bad value in a catalogue file, located like a compiler error. */
export interface CatalogIssue {
  file: string;
  /** 1-based physical line of the file. */
  line: number;
  /** 1-based character column where the field starts (1 for a whole-row problem). */
  column: number;
  /** Column name (CSV header / JSON key) the issue is about, when there is one. */
  field?: string;
  /** Said in the run's language when printed (see catalog/messages.ts). */
  message: Message;
}

/** Stop collecting after this many: a wholly wrong file should not print a million lines. */
export const MAX_ISSUES = 20;

export function formatIssue(issue: CatalogIssue, lang: Lang = 'en'): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const text = issue.message.render(lang);
  return issue.field ? `${where}: ${issue.field}: ${text}` : `${where}: ${text}`;
}

/** The located issues, one indented line each, in the language of the message around them. */
function issueLines(issues: readonly CatalogIssue[]): Message {
  return { id: 'catalog.issueLines', params: issues, render: (lang) => issues.map((issue) => `  ${formatIssue(issue, lang)}`).join('\n') };
}

/**
 * A catalogue the checker cannot price from. It is an input error (exit 2):
 * prices computed from half a catalogue would be silently wrong.
 */
export class CatalogError extends UsageError {
  constructor(readonly issues: readonly CatalogIssue[], readonly truncated = false) {
    super(m.errors({ count: issues.length, more: truncated, issues: issueLines(issues) }));
    this.name = 'CatalogError';
  }
}

/** Collects issues up to MAX_ISSUES, then throws one CatalogError. */
export class IssueCollector {
  readonly issues: CatalogIssue[] = [];
  private truncated = false;

  add(issue: CatalogIssue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
    else this.truncated = true;
  }

  get full(): boolean {
    return this.truncated;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new CatalogError(this.issues, this.truncated);
  }
}
