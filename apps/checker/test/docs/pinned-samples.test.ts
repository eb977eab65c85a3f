// Samples whose output depends on the date pin --now, and the examples they
// run are real files, so a page reads the same on any day it is regenerated
// (the waiver example expiring 2026-11-30 and the CI Markdown comment once
// went stale as the calendar moved on).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages as pages, ROOT } from '../helpers/doc-pages.js';

/** Every `$ storepolicy …` sample command, with its `\` continuation lines joined. */
function sampleCommands(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\$ (?:pnpm -s )?storepolicy /.test(lines[i]!)) continue;
    let command = lines[i]!;
    while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1)} ${lines[++i]!.trim()}`;
    out.push(command);
  }
  return out;
}

describe('doc samples that depend on the date', () => {
  it('pin --now: check promotion, explain and the waiver example', () => {
    const dated = pages().flatMap((page) =>
      sampleCommands(readFileSync(path.join(ROOT, page), 'utf8'))
        .filter((c) => /storepolicy (check promotion|explain|validate examples\/waivers)/.test(c))
        .map((c) => [page, c] as const),
    );
    // the README, the promotions guide (table, Markdown comment, explain) and the waivers guide
    expect(dated.length).toBeGreaterThanOrEqual(7);
    expect(dated.filter(([, c]) => !/ --now \d{4}-\d{2}-\d{2}T/.test(c))).toEqual([]);
  });

  it('show the waiver example from its file, before and after it expires', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/guide/waivers-and-tests.md'), 'utf8');
    expect(guide).toContain('<!-- sample: file=examples/waivers/waivers/svip-clearance.yaml -->\n```yaml\n');
    expect(guide).toMatch(/\$ storepolicy validate examples\/waivers --now 2026-11-20T10:00:00\+08:00\nWaived \(1\): reported, not counted\n/);
    expect(guide).toMatch(/\$ storepolicy validate examples\/waivers --now 2026-12-01T00:00:00\+08:00\n[\s\S]*waiver\/expired/);
  });

  it('include the CI Markdown comment as a generated sample', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/guide/promotions-cli.md'), 'utf8');
    expect(guide).toMatch(/--format markdown --fail-on never\n### (❌|⚠️|✅) `storepolicy check promotion`\n/);
  });

  it('say where any page is shortened (no bare "..." line in a sample)', () => {
    for (const page of pages()) expect(readFileSync(path.join(ROOT, page), 'utf8'), page).not.toMatch(/^\.\.\.(?: \(\d+ more[^)]*\))?$/m);
  });
});
