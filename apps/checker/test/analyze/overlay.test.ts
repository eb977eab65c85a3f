import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeLoaded, StoreRuleCache } from '../../src/analyze.js';
import { loadProject } from '../../src/io/project.js';
import { discoverYamlFiles } from '../../src/io/discover.js';

// The repository root: analyzeFiles takes paths as `validate` does, relative to it.
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const TIERS = 'policies/demo-apparel/member-tiers.yaml';
const options = { now: new Date('2026-10-20T00:00:00+08:00'), waiverMaxDays: 90, rootDir: ROOT };

function inRoot<T>(run: () => T): T {
  const before = process.cwd();
  process.chdir(ROOT);
  try {
    return run();
  } finally {
    process.chdir(before);
  }
}

describe('analyzeFiles: editor buffers over disk', () => {
  it('finds nothing in the demo store from disk but the tier inversions its calendar keeps as warnings', () => {
    const { diagnostics } = inRoot(() => analyzeFiles(discoverYamlFiles(['policies/demo-apparel']), options));
    expect(diagnostics.filter((d) => !d.waivedBy && d.code !== 'promotion/tier-inversion').map((d) => d.code)).toEqual([]);
    // demo-apparel holds tier_inversion at warning: its Double 11 coupon and threshold, 8 SKU and tier pairs
    expect(diagnostics.filter((d) => d.code === 'promotion/tier-inversion').map((d) => d.severity)).toEqual(Array(8).fill('warning'));
  });

  it('checks an unsaved buffer instead of the file, against the store\'s other documents', () => {
    const text = readFileSync(path.join(ROOT, TIERS), 'utf8').replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
    const { diagnostics } = inRoot(() =>
      analyzeFiles(discoverYamlFiles(['policies/demo-apparel']), { ...options, overlay: new Map([[TIERS, text]]) }),
    );
    const found = diagnostics.filter((d) => d.code === 'tiers/threshold-order');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: TIERS, line: 37, column: 24, endColumn: 27 });
    expect(found[0]!.related[0]).toMatchObject({ file: TIERS, line: 29, column: 24 });
  });

  it('takes a buffer for a file that is not on disk yet', () => {
    const file = 'policies/demo-apparel/promotions/new-unsaved.yaml';
    const text = readFileSync(path.join(ROOT, 'policies/demo-apparel/promotions/golden-week-tops.yaml'), 'utf8')
      .replace('name: golden-week-tops', 'name: new-unsaved')
      .replace('categories: [tops]', 'categories: [tops]\n  tiers: [platinum]');
    const { diagnostics } = inRoot(() =>
      analyzeFiles([...discoverYamlFiles(['policies/demo-apparel']), file], { ...options, overlay: new Map([[file, text]]) }),
    );
    expect(diagnostics.filter((d) => d.file === file).map((d) => d.code)).toContain('promotion/unknown-tier');
  });
});

describe('StoreRuleCache: rules re-run only for a store whose documents changed', () => {
  it('gives what a fresh run gives, before and after an edit in one store', () => {
    inRoot(() => {
      const files = discoverYamlFiles(['policies']);
      const cache = new StoreRuleCache();
      const codes = (d: { code: string; file: string; line: number }[]) => d.map((x) => `${x.file}:${x.line} ${x.code}`).sort();
      const clean = loadProject(files);
      expect(codes(analyzeLoaded(clean, { ...options, ruleCache: cache }).diagnostics)).toEqual(codes(analyzeLoaded(clean, options).diagnostics));
      // the same project again: every store's findings come from the cache
      expect(codes(analyzeLoaded(clean, { ...options, ruleCache: cache }).diagnostics)).toEqual(codes(analyzeLoaded(clean, options).diagnostics));
      const text = readFileSync(path.join(ROOT, TIERS), 'utf8').replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
      const edited = loadProject(files, { overlay: new Map([[TIERS, text]]) });
      const cached = analyzeLoaded(edited, { ...options, ruleCache: cache }).diagnostics;
      expect(codes(cached)).toEqual(codes(analyzeLoaded(edited, options).diagnostics));
      expect(cached.map((d) => d.code)).toContain('tiers/threshold-order');
    });
  });
});
