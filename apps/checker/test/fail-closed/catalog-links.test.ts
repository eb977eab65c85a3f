import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lawRepo, type LawRepo } from './_law-repo.js';
import { STACK_TRACE } from '../validate/run-cli.js';

// Bypass family "paths" (SPEC section 9), the catalogue half: the store's
// catalog.csv and price-history.csv price the approved calendar and every
// proposal. Committed as a symbolic link out of the repository, they pulled
// costs from a file review never sees (a cost of 0 makes every floor pass);
// committed as a dangling link, `validate` skipped the calendar's pricing
// in silence (existsSync follows the link and said "no catalogue").

let repo: LawRepo;
let outside: string;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
  outside = mkdtempSync(path.join(tmpdir(), 'storepolicy-outside-'));
});
afterEach(() => {
  repo.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

const STORE = 'policies/demo-apparel';

/** Move a store file out of the repository (costs zeroed for the catalogue) and leave a link in its place. */
function linkOut(name: string): string {
  const inside = path.join(repo.root, STORE, name);
  let text = readFileSync(inside, 'utf8');
  if (name === 'catalog.csv') text = text.replace(/,(\d+\.\d\d)\r?$/gm, ',0.00');
  const target = path.join(outside, name);
  writeFileSync(target, text);
  unlinkSync(inside);
  symlinkSync(target, inside);
  return target;
}

describe('fail closed: a store catalogue is read only from inside the repository', () => {
  it('validate refuses catalog.csv linked out of the repository (path/not-allowed, exit 2, no stack)', async () => {
    expect((await repo.run(['validate', 'policies'])).code).toBe(0);
    const target = linkOut('catalog.csv');
    const result = await repo.run(['validate', 'policies']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('path/not-allowed');
    expect(result.stderr).toContain(target);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('check promotion and test refuse it too', async () => {
    linkOut('catalog.csv');
    const check = await repo.run(['check', 'promotion', `${STORE}/proposals/double11-dresses.yaml`, '--now', '2026-11-01T09:00:00+08:00']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('path/not-allowed');
    const test = await repo.run(['test', STORE]);
    expect(test.code).toBe(2);
    expect(test.stderr).toContain('path/not-allowed');
  });

  it('a price history linked out of the repository is refused', async () => {
    linkOut('price-history.csv');
    const result = await repo.run(['validate', 'policies']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('path/not-allowed');
    expect(result.stderr).toContain('price history');
  });

  it('a dangling catalog.csv link is an error, not "no catalogue"', async () => {
    const inside = path.join(repo.root, STORE, 'catalog.csv');
    unlinkSync(inside);
    symlinkSync(path.join(outside, 'gone.csv'), inside);
    const result = await repo.run(['validate', 'policies']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('catalog.csv');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('a catalogue named on the command line outside any repository is still read (the user chose it)', async () => {
    const copy = path.join(outside, 'export.csv');
    writeFileSync(copy, readFileSync(path.join(repo.root, STORE, 'catalog.csv')));
    const result = await repo.run(['check', 'promotion', `${STORE}/proposals/double11-dresses.yaml`, '--now', '2026-11-01T09:00:00+08:00', '--catalog', copy]);
    expect(result.stderr).not.toContain('path/not-allowed');
    expect([0, 1]).toContain(result.code);
  });
});
