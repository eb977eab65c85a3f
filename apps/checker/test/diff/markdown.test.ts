import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, formatDiffMarkdown } from '../../src/commands/diff-markdown.js';
import type { DiffEntry, DiffReport } from '../../src/commands/diff-report.js';

function entry(i: number, message = `change ${i}`): DiffEntry {
  return {
    store: 'demo',
    kind: 'CompliancePolicy',
    name: 'compliance',
    type: 'item-added',
    class: 'tightens',
    message,
    why: 'listings may not use it',
    whyId: 'diff/why.term-added',
    side: 'head',
    file: 'policies/demo/compliance.yaml',
    line: 10 + i,
    column: 9,
    endLine: 10 + i,
    endColumn: 12,
    pointer: `/spec/term_sets/0/terms/${i}`,
    path: 'term_sets[x].terms',
    messageId: 'diff/compliance/terms.item-added',
    params: {},
  };
}

function report(changes: DiffEntry[]): DiffReport {
  return {
    version: 1,
    base: { ref: 'origin/main', commit: 'a'.repeat(40) },
    head: { ref: 'working tree', commit: null },
    summary: { total: changes.length, tightens: changes.length, loosens: 0, neutral: 0, documents: { added: 0, removed: 0, renamed: 0 }, skippedFiles: 0, invalidDocuments: 0 },
    changes,
    skipped: [],
  };
}

describe('diff markdown', () => {
  it('keeps a table cell on one line and escapes pipes', () => {
    const text = formatDiffMarkdown(report([entry(0, 'a | b\nc')]), 'en');
    expect(text.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(text).toContain('| a \\| b c | 🔒 tightens | listings may not use it | `policies/demo/compliance.yaml:10` |');
  });

  it('stays under the comment size limit and says how many changes it left out', () => {
    const changes = Array.from({ length: 2000 }, (_, i) => entry(i));
    const text = formatDiffMarkdown(report(changes), 'en', 5_000);
    expect(text.length).toBeLessThanOrEqual(5_000 + 200);
    const rows = text.split('\n').filter((line) => line.startsWith('| change '));
    expect(rows.length).toBeGreaterThan(10);
    expect(text).toContain(`… ${2000 - rows.length} more changes not shown (a comment holds at most 5000 characters)`);
    expect(formatDiffMarkdown(report(changes.slice(0, 3)), 'en')).not.toContain('more changes not shown');
  });
});
