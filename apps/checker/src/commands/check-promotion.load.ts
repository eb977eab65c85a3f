import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildPolicySet, normalizeFile, type StoreBundle } from '@storepolicy/engine';
import type { Diagnostic, PolicyDocument, Promotion } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { discoverYamlFiles } from '../io/discover.js';
import { loadProject, type LoadedProject } from '../io/project.js';
import { defaultPoliciesDir } from '../io/repo-root.js';

/** `metadata.store` of common.schema.json. */
const STORE_ID = /^[a-z_][a-z0-9_-]{0,63}$/;

/** Everything a dry-run needs, loaded and located. */
export interface PromotionInputs {
  storeDir: string;
  bundle: StoreBundle;
  proposals: PolicyDocument<Promotion>[];
  /** YAML and schema findings of the proposals and of the store's policies. */
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Files read (proposals and policies), for the summary's count. */
  files: string[];
}

/** A folder under the store that holds proposals, not the approved calendar. */
const PROPOSALS_DIR = 'proposals';

/**
 * Load the proposals and the store they are checked against. The store is
 * `--store`, else the nearest folder above a proposal that holds `store.yaml`,
 * else `policies/<metadata.store>`. Proposals are never part of the store's
 * documents, so a proposal does not overlap itself in the calendar.
 *
 * `overlay` gives unsaved text for some of `paths` (the console's proposal
 * form): those paths are taken as files without looking at the disk.
 * `loadStoreProject` lets a long-running caller reuse an unchanged store.
 */
export function loadPromotionInputs(
  paths: readonly string[],
  storeOption: string | undefined,
  { overlay, loadStoreProject = loadProject }: { overlay?: ReadonlyMap<string, string>; loadStoreProject?: (files: readonly string[]) => LoadedProject } = {},
): PromotionInputs {
  const onDisk = paths.filter((file) => !overlay?.has(file));
  const proposalFiles = [...paths.filter((file) => overlay?.has(file)), ...(onDisk.length > 0 ? discoverYamlFiles(onDisk) : [])];
  const proposalProject = loadProject(proposalFiles, overlay ? { overlay } : {});
  const proposals: PolicyDocument<Promotion>[] = [];
  for (const doc of proposalProject.documents) {
    if (doc.kind !== 'Promotion') {
      throw new UsageError(m.notPromotion({ file: doc.file, kind: doc.kind ?? '' }));
    }
    proposals.push(doc as PolicyDocument<Promotion>);
  }
  // a proposal that fails its schema still names its store: check it against that store's policies
  const named = [...proposals, ...proposalProject.rejected];
  const storeDir = storeOption ?? inferStoreDir(proposalFiles, named);
  if (!existsSync(storeDir) || !statSync(storeDir).isDirectory()) {
    throw new UsageError(m.noStoreDir({ dir: storeDir }));
  }
  const own = new Set(proposalFiles.map(normalizeFile));
  const proposalsDir = normalizeFile(path.join(storeDir, PROPOSALS_DIR)) + '/';
  const storeFiles = discoverYamlFiles([storeDir]).filter((file) => {
    const normal = normalizeFile(file);
    return !own.has(normal) && !normal.startsWith(proposalsDir);
  });
  const storeProject = loadStoreProject(storeFiles);
  const set = buildPolicySet(storeProject.documents);

  const wanted = storeIdOf(named) ?? set.stores.find((s) => s.store)?.id;
  const bundle = set.stores.find((s) => s.id === wanted);
  if (!bundle) {
    throw new UsageError(m.noPoliciesOfStore({ dir: storeDir, store: wanted ?? '' }));
  }
  for (const doc of proposals) {
    const store = doc.value.metadata.store;
    if (store !== bundle.id) {
      throw new UsageError(m.wrongStore({ file: doc.file, store, dir: storeDir, actual: bundle.id }));
    }
  }
  const sources = new Map([...storeProject.sources, ...proposalProject.sources]);
  return {
    storeDir,
    bundle,
    proposals,
    diagnostics: [...proposalProject.diagnostics, ...storeProject.diagnostics],
    sources,
    files: [...proposalProject.files, ...storeProject.files],
  };
}

/** The first `metadata.store` that is a store id, read even from documents that failed their schema. */
function storeIdOf(docs: readonly PolicyDocument[]): string | undefined {
  for (const doc of docs) {
    const store = (doc.value as { metadata?: { store?: unknown } } | undefined)?.metadata?.store;
    if (typeof store === 'string' && STORE_ID.test(store)) return store;
  }
  return undefined;
}

function inferStoreDir(files: readonly string[], proposals: readonly PolicyDocument[]): string {
  for (const file of files) {
    let dir = path.dirname(path.resolve(file));
    for (let depth = 0; depth < 4; depth++) {
      if (existsSync(path.join(dir, 'store.yaml'))) return path.relative(process.cwd(), dir) || '.';
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  const id = storeIdOf(proposals);
  const storeDir = id === undefined ? undefined : path.join(defaultPoliciesDir(), id);
  if (storeDir !== undefined && existsSync(storeDir)) return storeDir;
  throw new UsageError(m.proposalStore());
}
