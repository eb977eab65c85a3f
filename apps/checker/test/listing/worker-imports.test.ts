import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A checker thread must start fast: it gets the compiled policy from the
// main thread and must not load the YAML parser, the ajv validators, zod or
// the packages' full entry points (each costs tens of milliseconds per
// thread). This follows the static imports of worker.ts through the
// workspace's sources and lists every package it reaches.

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WORKSPACE: Record<string, string> = {
  '@storepolicy/schema': 'packages/schema',
  '@storepolicy/engine': 'packages/engine',
};

/** `dist/listing/portable.js` in a package's exports -> its source file. */
function workspaceSource(specifier: string): string | undefined {
  const name = Object.keys(WORKSPACE).find((n) => specifier === n || specifier.startsWith(`${n}/`));
  if (!name) return undefined;
  const dir = path.join(ROOT, WORKSPACE[name]!);
  const exports = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> }).exports;
  const entry = exports[`.${specifier.slice(name.length)}`];
  if (!entry) throw new Error(`${specifier} is not exported`);
  return path.join(dir, entry.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
}

function reachablePackages(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // value imports and re-exports; `import type` loads nothing at run time
    // static value imports, re-exports, and dynamic imports (worker.ts loads its work that way)
    for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'|\bimport\('([^']+)'\)/gm)) {
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (existsSync(resolved)) visit(resolved);
        continue;
      }
      packages.add(specifier);
      const source = workspaceSource(specifier);
      if (source) visit(source);
    }
  };
  visit(entry);
  return [...packages].sort();
}

describe('checker thread imports', () => {
  it('reach only the light entry points of the workspace packages', () => {
    const packages = reachablePackages(fileURLToPath(new URL('../../src/listing/worker.ts', import.meta.url)));
    // The text normaliser's data: OpenCC's character dictionaries, the confusables
    // table and htmlparser2's tokenizer (pure JavaScript, a few milliseconds);
    // the tables built from them come from the main thread (worker.ts).
    expect(packages).toEqual([
      '@storepolicy/engine/listing-portable',
      '@storepolicy/engine/waiver-match',
      '@storepolicy/schema/core',
      'confusables',
      'htmlparser2',
      'opencc-js/dict/HKVariantsRev',
      'opencc-js/dict/TSCharacters',
      'opencc-js/dict/TWVariantsRev',
    ]);
  });

  it("the entry evaluates nothing of the engine before the main thread's tables are in place", () => {
    // a static import would evaluate the engine's read-as-buyer.ts (in a bundle, its whole chunk)
    // before worker.ts leaves the tables for it, and every thread would build its own again
    const entry = readFileSync(fileURLToPath(new URL('../../src/listing/worker.ts', import.meta.url)), 'utf8');
    const imports = [...entry.matchAll(/^import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['node:worker_threads']);
    expect(entry).toContain("Symbol.for('storepolicy.readingTables')");
  });

  it('would notice a heavy import (the main entry of the engine reaches yaml and ajv)', () => {
    const packages = reachablePackages(path.join(ROOT, 'packages/engine/src/index.ts'));
    expect(packages).toEqual(expect.arrayContaining(['@storepolicy/schema', 'yaml']));
  });
});
