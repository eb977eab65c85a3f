// Counts in English summaries take their plural from Intl.PluralRules: "1 error", never "1 errors".
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/catalog/errors.js';
import { catalogMessages } from '../../src/catalog/messages.js';
import type { ScaffoldFile } from '../../src/commands/init-template.js';
import { writeStoreFolder } from '../../src/commands/init-write.js';
import { loadStore } from '../../src/listing/store.js';
import { labelsFor, type Labels } from '../../src/report/labels.js';
import { runInProcess } from '../helpers/in-process.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

const LISTINGS = fileURLToPath(new URL('../fixtures/listings/', import.meta.url));

describe('check listing summary', () => {
  it('says "1 error" and "1 listing in 1 file" for one bad row', async () => {
    const stdin = '{"sku":"A-1","title":"x","category":"dresses","price":"1" "b":2}\n';
    const result = await runInProcess(['check', 'listing', '-', '--store', 'store'], { cwd: LISTINGS, stdin });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 listing in 1 file (1 unreadable), 1 failing: 1 error, 0 warnings, 0 infos');
  });
});

describe('English counts: 0, 1 and 2 each take their CLDR form (src/report/plural.ts)', () => {
  const summary = (n: number) => labelsFor('en').summary({ files: n, errors: n, warnings: n, infos: n, waived: 0 } as Parameters<Labels['summary']>[0]);

  it('the report summary', () => {
    expect(summary(0)).toBe('0 files checked: no problems');
    expect(summary(1)).toBe('1 file checked: 1 error, 1 warning, 1 info');
    expect(summary(2)).toBe('2 files checked: 2 errors, 2 warnings, 2 infos');
  });

  it('the catalogue error: "1 error; fix it", "2 errors; fix them", "20+ errors; fix them"', () => {
    const issue = { file: 'c.csv', line: 2, column: 1, message: catalogMessages.required() };
    expect(new CatalogError([issue]).message.split('\n')[0]).toBe('the catalogue has 1 error; fix it and run again');
    expect(new CatalogError([issue, issue]).message.split('\n')[0]).toBe('the catalogue has 2 errors; fix them and run again');
    expect(new CatalogError(Array(20).fill(issue), true).message.split('\n')[0]).toBe('the catalogue has 20+ errors; fix them and run again');
  });

  it('check listing against a broken store: "1 policy error … fix it", "2 policy errors … fix them" (was "policy error(s)")', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-plural-'));
    try {
      writeFileSync(path.join(dir, 'a.yaml'), 'a: [\n');
      expect(() => loadStore(dir)).toThrow(/: 1 policy error, first at .*and fix it before checking listings$/);
      writeFileSync(path.join(dir, 'b.yaml'), 'b: [\n');
      expect(() => loadStore(dir)).toThrow(/: 2 policy errors, first at .*and fix them before checking listings$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('init refusing to overwrite: "… already exists", "…, … already exist"', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-plural-'));
    try {
      const files: ScaffoldFile[] = [
        { name: 'a.yaml', body: 'a: 1\n' },
        { name: 'b.yaml', body: 'b: 1\n' },
      ];
      writeFileSync(path.join(dir, 'a.yaml'), 'old\n');
      expect(() => writeStoreFolder(dir, files)).toThrow(/a\.yaml already exists; init never overwrites/);
      writeFileSync(path.join(dir, 'b.yaml'), 'old\n');
      expect(() => writeStoreFolder(dir, files)).toThrow(/a\.yaml, .*b\.yaml already exist; init never overwrites/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no English plural is built by hand: no `=== 1 ? … s`, no "(s)" in apps/ or packages/ sources', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) {
          readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/[!=]== ?1 \? '(s|)' : '(s|)'|\w\(s\)(?= [a-z]|, [a-z]+ [a-z])/.test(line)) offenders.push(`${path.relative(REPO, file)}:${i + 1}`);
            });
        }
      }
    };
    for (const src of ['apps/checker/src', 'apps/console/src', 'apps/vscode/src', 'packages/engine/src', 'packages/schema/src']) {
      if (existsSync(path.join(REPO, src))) walk(path.join(REPO, src));
    }
    expect(offenders).toEqual([]);
  });
});
