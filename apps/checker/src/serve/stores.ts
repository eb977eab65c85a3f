import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildPolicySet, normalizeFile, type StoreBundle } from '@storepolicy/engine';
import type { Diagnostic } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { serveMessages as m } from './messages.js';
import { commandMessages } from '../commands/messages.js';
import { discoverYamlFiles } from '../io/discover.js';
import { loadProject } from '../io/project.js';

/** A store the console offers: its id (`metadata.store`) and its policy folder. */
export interface StoreEntry {
  id: string;
  dir: string;
}

export const PROPOSALS_DIR = 'proposals';

/**
 * The stores to serve: the one `--store` names, else every folder of
 * `policies/` that holds a `store.yaml` (the law baseline `_base` is not a store).
 */
export function discoverStores(storeOption: string | undefined, root = 'policies'): StoreEntry[] {
  const dirs = storeOption
    ? [storeOption]
    : existsSync(root)
      ? readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
          .map((entry) => path.join(root, entry.name))
          .filter((dir) => existsSync(path.join(dir, 'store.yaml')))
      : [];
  if (storeOption && (!existsSync(storeOption) || !statSync(storeOption).isDirectory())) {
    throw new UsageError(commandMessages.noStoreDir({ dir: storeOption }));
  }
  if (dirs.length === 0) throw new UsageError(m.noStoreFound({ root }));
  // The folder name is the id a URL uses; metadata.store is checked when the store is loaded.
  return dirs.sort().map((dir) => ({ id: path.basename(path.resolve(dir)), dir: path.relative(process.cwd(), path.resolve(dir)) || '.' }));
}

export interface LoadedStore {
  entry: StoreEntry;
  bundle: StoreBundle;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

/** The approved policies of one store, read from disk now (so edits on disk show on the next request). */
export function loadStore(entry: StoreEntry): LoadedStore {
  const proposalsDir = normalizeFile(path.join(entry.dir, PROPOSALS_DIR)) + '/';
  const files = discoverYamlFiles([entry.dir]).filter((file) => !normalizeFile(file).startsWith(proposalsDir));
  const project = loadProject(files);
  const set = buildPolicySet(project.documents);
  const bundle = set.stores.find((s) => s.id === entry.id) ?? set.stores.find((s) => s.store);
  if (!bundle) throw new UsageError(m.storeNotLoaded({ dir: entry.dir, id: entry.id }));
  return { entry, bundle, diagnostics: project.diagnostics, sources: project.sources };
}

/** Proposals saved in the store's `proposals/` folder, by file. */
export function proposalFiles(entry: StoreEntry): string[] {
  const dir = path.join(entry.dir, PROPOSALS_DIR);
  if (!existsSync(dir)) return [];
  try {
    return discoverYamlFiles([dir]);
  } catch {
    return [];
  }
}
