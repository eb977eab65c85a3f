import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../src/rules/index.js';

// typescript-eslint's meta-test: one rule, one doc page, one name everywhere.
const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url));
/** Pages that document no single rule. */
const INDEX_PAGES = new Set(['README.md', 'index.md']);

function docPages(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return docPages(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.md') && !INDEX_PAGES.has(entry.name) ? [relative] : [];
  });
}

const codes = new Set(ruleCatalog.map((rule) => rule.code));

describe('rule catalogue and docs/rules agree', () => {
  it('names each code once', () => {
    const all = ruleCatalog.map((rule) => rule.code);
    expect(all.filter((code, i) => all.indexOf(code) !== i)).toEqual([]);
  });

  it.each(ruleCatalog.map((rule) => [rule.code, rule] as const))('%s has a doc page titled with its code', (code) => {
    const file = path.join(DOCS, `${code}.md`);
    expect(existsSync(file), `docs/rules/${code}.md is missing`).toBe(true);
    const firstLine = readFileSync(file, 'utf8').split(/\r?\n/).find((line) => line.trim() !== '');
    expect(firstLine, `docs/rules/${code}.md must start with "# ${code}"`).toBe(`# ${code}`);
  });

  it.each(ruleCatalog.map((rule) => [rule.code, rule] as const))('%s states its severity and law mark as its metadata does', (code, rule) => {
    const page = readFileSync(path.join(DOCS, `${code}.md`), 'utf8');
    expect(page, `docs/rules/${code}.md must say "Severity: **${rule.severity}**"`).toContain(`Severity: **${rule.severity}**`);
    expect(page.includes('*(law)*'), `docs/rules/${code}.md marks *(law)* exactly when meta.law is true`).toBe(rule.law === true);
  });

  it.each(ruleCatalog.map((rule) => [rule.code, rule] as const))('%s has messages and a summary in both languages', (_code, rule) => {
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(rule.summary.en.trim()).not.toBe('');
    expect(rule.summary.zh.trim()).not.toBe('');
    for (const [id, entry] of Object.entries(rule.messages)) {
      expect(entry.message.en.trim(), `${rule.code}.${id} en`).not.toBe('');
      expect(/\p{Script=Han}/u.test(entry.message.zh), `${rule.code}.${id} zh is Chinese`).toBe(true);
      if (entry.hint) {
        expect(entry.hint.en.trim(), `${rule.code}.${id} hint en`).not.toBe('');
        expect(entry.hint.zh.trim(), `${rule.code}.${id} hint zh`).not.toBe('');
      }
    }
  });

  it('has no doc page for a rule that does not exist', () => {
    const orphans = docPages(DOCS).map((file) => file.replace(/\.md$/, '')).filter((code) => !codes.has(code));
    expect(orphans).toEqual([]);
  });
});
