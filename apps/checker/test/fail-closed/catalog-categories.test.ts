import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "unknown references" (issue 9, hole 5), the validate half: a
// catalogue row whose category is misspelt dropped out of the approved
// calendar's pricing in `validate` without a word (its floor never checked),
// while `check promotion` already refused it.

let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(() => repo.cleanup());

describe('fail closed: validate refuses a catalogue row in no store category', () => {
  it('DRS-005 filed under "dresss" is catalog/unknown-category at its cell, with did-you-mean, exit 1', async () => {
    const clean = await repo.run(['validate', 'policies', '--format', 'json']);
    expect(clean.code).toBe(0);
    repo.edit('policies/demo-apparel/catalog.csv', '衬衫式连衣裙 Shirt dress,dresses,', '衬衫式连衣裙 Shirt dress,dresss,');
    const result = await repo.run(['validate', 'policies', '--format', 'json']);
    expect(result.code).toBe(1);
    const found = findings(result).filter((f) => f.code === 'catalog/unknown-category');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'policies/demo-apparel/catalog.csv', line: 6, column: 28, severity: 'error' });
    expect(found[0]!.message).toContain('did you mean "dresses"?');
  });
});

describe('fail closed: explain says a SKU is in no store category', () => {
  it('explain DRS-005 filed under "dresss" reports catalog/unknown-category at its cell (exit 1), not "no promotion applies"', async () => {
    repo.edit('policies/demo-apparel/catalog.csv', '衬衫式连衣裙 Shirt dress,dresses,', '衬衫式连衣裙 Shirt dress,dresss,');
    const result = await repo.run(['explain', 'policies/demo-apparel/proposals/double11-dresses.yaml', '--sku', 'DRS-005', '--tier', 'svip', '--now', '2026-11-01T09:00:00+08:00']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('policies/demo-apparel/catalog.csv:6:28');
    expect(result.stdout).toContain('catalog/unknown-category');
    expect(result.stdout).toContain('did you mean "dresses"?');
    expect(result.stdout).toContain('(1 row in all)');
  });
});
