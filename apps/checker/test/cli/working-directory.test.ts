// Paths are the user's: resolved against the folder the command was run in,
// with the repository (its policies/, its root for waivers) found by walking up.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { STORE_YAML, tiersYaml, waiverYaml, writeRepo } from '../policy-test/repo.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const APPAREL = path.join(ROOT, 'policies/demo-apparel');

function yamlCount(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) n += yamlCount(path.join(dir, entry.name));
    else if (/\.ya?ml$/.test(entry.name)) n += 1;
  }
  return n;
}

const json = (stdout: string) => JSON.parse(stdout) as { summary: { files: number; errors: number; waived: number }; diagnostics: Array<{ code: string; file: string }> };

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('run from a store folder (cd policies/demo-apparel)', () => {
  it('`validate .` checks this folder, not the repository root', async () => {
    const result = await runInProcess(['validate', '.', '--format', 'json'], { cwd: APPAREL });
    expect(result.code, result.stderr).toBe(0);
    const body = json(result.stdout);
    // the store's files and the law baseline its compliance policy extends
    expect(body.summary.files).toBe(yamlCount(APPAREL) + 1);
    expect(body.summary.errors).toBe(0);
    // all it reports: the tier inversions demo-apparel's calendar keeps as warnings, on its own files
    expect(new Set(body.diagnostics.map((d) => [d.code, path.dirname(d.file)].join(' ')))).toEqual(new Set(['promotion/tier-inversion promotions']));
  });

  it('`validate member-tiers.yaml` finds the file beside the user', async () => {
    const result = await runInProcess(['validate', 'member-tiers.yaml'], { cwd: APPAREL });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 file checked: no problems\n');
  });

  it('`validate` with no path checks the repository\'s policies/, found by walking up', async () => {
    const result = await runInProcess(['validate', '--format', 'json'], { cwd: APPAREL });
    expect(result.code, result.stderr).toBe(0);
    expect(json(result.stdout).summary.files).toBeGreaterThanOrEqual(yamlCount(path.join(ROOT, 'policies')));
  });
});

describe('one file alone is judged with its store as context', () => {
  it('member-tiers.yaml alone: no ref/unresolved for the store.yaml beside it', async () => {
    const result = await runInProcess(['validate', 'policies/demo-apparel/member-tiers.yaml', '--format', 'json'], { cwd: ROOT });
    expect(result.code, result.stdout).toBe(0);
    expect(json(result.stdout)).toMatchObject({ summary: { files: 1, errors: 0 }, diagnostics: [] });
  });

  it('after-sales.yaml alone: the verdict it gets with its store (none)', async () => {
    const result = await runInProcess(['validate', 'policies/demo-apparel/after-sales.yaml', '--format', 'json'], { cwd: ROOT });
    expect(result.code, result.stdout).toBe(0);
    expect(json(result.stdout).diagnostics).toEqual([]);
  });

  it('reports only on the file named: a broken store.yaml beside it is context, not a finding', async () => {
    const repo = writeRepo({
      'policies/s/store.yaml': STORE_YAML.replace('platform: taobao', 'platform: taobao\n  colour: red'),
      'policies/s/member-tiers.yaml': tiersYaml(90),
    });
    cleanup = repo.cleanup;
    const alone = await runInProcess(['validate', 'policies/s/member-tiers.yaml', '--format', 'json'], { cwd: repo.dir });
    expect(alone.code, alone.stdout).toBe(0);
    expect(json(alone.stdout).diagnostics).toEqual([]);
    const store = await runInProcess(['validate', 'policies/s/store.yaml', '--format', 'json'], { cwd: repo.dir });
    expect(store.code).toBe(1);
    expect(json(store.stdout).diagnostics.map((d) => [d.code, d.file])).toEqual([['schema/unknown-key', 'policies/s/store.yaml']]);
  });
});

describe('waivers name files from the repository root, wherever the command runs', () => {
  it('a waiver of policies/s/member-tiers.yaml applies to `validate .` run inside policies/s', async () => {
    const repo = writeRepo({
      'policies/s/store.yaml': STORE_YAML,
      'policies/s/member-tiers.yaml': tiersYaml(65),
      'policies/s/waivers/svip.yaml': waiverYaml('2026-11-30'),
    });
    cleanup = repo.cleanup;
    mkdirSync(path.join(repo.dir, '.git')); // the repository root marker
    const now = ['--now', '2026-11-01T10:00:00+08:00', '--format', 'json'];
    const fromRoot = await runInProcess(['validate', ...now], { cwd: repo.dir });
    const fromStore = await runInProcess(['validate', '.', ...now], { cwd: path.join(repo.dir, 'policies/s') });
    expect(fromRoot.code, fromRoot.stdout).toBe(0);
    expect(fromStore.code, fromStore.stdout).toBe(0);
    expect(json(fromStore.stdout).summary).toMatchObject({ errors: 0, waived: 1 });
    expect(json(fromStore.stdout).diagnostics.map((d) => d.file)).toEqual(['member-tiers.yaml']);
  });
});

describe('a proposal names its store even when its other fields are invalid', () => {
  it('is checked against policies/<metadata.store> and shows its real errors, not "cannot tell which store"', async () => {
    const repo = writeRepo({});
    cleanup = repo.cleanup;
    const proposal = path.join(repo.dir, 'broken.yaml');
    const text = readFileSync(path.join(APPAREL, 'proposals/double11-dresses.yaml'), 'utf8')
      .replace('start: "2026-11-10T20:00:00+08:00"', 'start: "2026-11-10T20:00:00"')
      .replace('percent_off: 15', 'percent_off: "30%"');
    writeFileSync(proposal, text);
    const result = await runInProcess(['check', 'promotion', proposal, '--now', '2026-11-01T09:00:00+08:00', '--format', 'json'], { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const codes = json(result.stdout).diagnostics.filter((d) => d.file === proposal).map((d) => d.code).sort();
    expect(codes).toEqual(['schema/format', 'schema/type']);
  });
});
