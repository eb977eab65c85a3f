import path from 'node:path';
import { buildPolicySet, inputFilesOf, normalizeFile, type CatalogItem, type LoadedInputFile } from '@storepolicy/engine';
import { DEFAULT_MAX_BYTES, loadYaml, type PolicyDocument, type PolicyTest } from '@storepolicy/schema';
import { loadCatalog, storeCatalogFile } from '../catalog/index.js';
import { discoverYamlFiles } from '../io/discover.js';
import { checkPath, readBounded, repositoryRoot } from '../io/safe-path.js';

/**
 * Read every input_file the tests name. A file that cannot be read is left
 * out of the map: the engine fails that one case (located at its
 * `input_file:`) and the other cases still run.
 */
export function loadInputFiles(tests: readonly PolicyDocument<PolicyTest>[]): Map<string, LoadedInputFile> {
  const files = new Map<string, LoadedInputFile>();
  for (const test of tests) {
    // an input_file stays in the test's repository and is a regular file of
    // bounded size (SPEC section 9): a FIFO must not hang the run, /proc must not be shown
    const root = repositoryRoot(test.file);
    for (const file of inputFilesOf(test)) {
      if (files.has(file) || checkPath(file, root)) continue;
      let read;
      try {
        read = readBounded(file, DEFAULT_MAX_BYTES);
      } catch {
        continue;
      }
      if ('bytes' in read) files.set(file, loadYaml(file, read.bytes));
    }
  }
  return files;
}

/**
 * The catalogue of each store that has tests: `catalog.csv` (and
 * `price-history.csv`) next to the store's `store.yaml`, as
 * `check promotion` reads it. A broken catalogue stops the run (exit 2).
 */
export function loadStoreCatalogs(documents: readonly PolicyDocument[], tests: readonly PolicyDocument<PolicyTest>[]): Map<string, CatalogItem[]> {
  const wanted = new Set(tests.map((t) => t.value.metadata.store));
  const catalogs = new Map<string, CatalogItem[]>();
  for (const bundle of buildPolicySet([...documents]).stores) {
    if (!wanted.has(bundle.id) || !bundle.store) continue;
    const file = storeCatalogFile(path.dirname(bundle.store.file));
    if (file !== undefined) catalogs.set(bundle.id, loadCatalog(file).items);
  }
  return catalogs;
}

/** Files named as some case's input_file: inputs of a case, not documents of the store. */
export function isInputFile(file: string, tests: readonly PolicyDocument<PolicyTest>[]): boolean {
  const wanted = normalizeFile(file);
  return tests.some((t) => inputFilesOf(t).includes(wanted));
}

/**
 * `storepolicy test policies/demo/tests/packing.yaml` names a test, not its
 * store: a test in `<store folder>/tests/` whose store was not loaded brings
 * its store folder along, so its cases run against the real policies rather
 * than an empty store.
 */
export function withStoreFolders(files: readonly string[], tests: readonly PolicyDocument<PolicyTest>[], documents: readonly PolicyDocument[]): string[] {
  const loaded = new Set(documents.filter((d) => d.kind === 'Store').map((d) => (d.value as { metadata: { store: string } }).metadata.store));
  const folders = new Set<string>();
  for (const test of tests) {
    if (loaded.has(test.value.metadata.store)) continue;
    const dir = path.dirname(test.file);
    if (path.basename(dir) === 'tests') folders.add(path.dirname(dir));
  }
  if (folders.size === 0) return [...files];
  return [...new Set([...files, ...discoverYamlFiles([...folders])])].sort();
}
