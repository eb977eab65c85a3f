import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildMessageCatalog, buildPolicySet, lawGateRules, runPolicyRules, type StoreBundle } from '@storepolicy/engine';
import { localize, type Lang } from '@storepolicy/schema';
import { discoverYamlFiles } from '../io/discover.js';
import { loadProject } from '../io/project.js';
import { repositoryRoot } from '../io/safe-path.js';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';
import { defaultPoliciesDir } from '../io/repo-root.js';

export interface LoadedStore {
  id: string;
  /** Every policy file of the store (its `_base` comes in through `extends`). */
  files: string[];
  bundle: StoreBundle;
  /** Source text of the policy files, for code frames (a waiver's own findings). */
  sources: ReadonlyMap<string, string>;
}

/**
 * Load one store's policies. Listing checks read the compliance policy,
 * packing standard, after-sales policy and store categories; a policy that
 * fails its own schema would silently switch checks off, so it stops the
 * run with a pointer to `storepolicy validate` instead.
 */
export function loadStore(dir: string, wantedId?: string, lang: Lang = 'en'): LoadedStore {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(m.noStoreDir({ dir }));
  const files = discoverYamlFiles([dir]);
  const project = loadProject(files);
  const broken = project.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new UsageError(m.policyErrors({ dir, count: broken.length, at: `${first.file}:${first.line}:${first.column}`, code: first.code }));
  }
  const set = buildPolicySet(project.documents);
  const bundle = wantedId ? set.stores.find((s) => s.id === wantedId) : set.stores.length === 1 ? set.stores[0] : undefined;
  if (!bundle) {
    const found = set.stores.map((s) => s.id).join(', ');
    throw new UsageError(wantedId ? m.noSuchStore({ dir, id: wantedId, found }) : m.notOneStore({ dir, found }));
  }
  refuseWithoutLaw(dir, bundle, set.bases, lang);
  return { id: bundle.id, files: project.files, bundle, sources: project.sources };
}

/**
 * SPEC section 9: a store whose law baseline is missing (only the store
 * folder shipped to a worker, no `extends`, a home-made `_base`) or loosened
 * would be checked against less than the law, and every listing would look
 * clean. Refuse the run instead, at the policy line that says why (exit 2).
 */
function refuseWithoutLaw(dir: string, bundle: StoreBundle, bases: StoreBundle['documents'], lang: Lang): void {
  const refused = runPolicyRules({ stores: [bundle], bases }, { now: new Date() }, lawGateRules).filter((d) => d.severity === 'error');
  if (refused.length === 0) return;
  const first = localize(refused[0]!, buildMessageCatalog(), lang);
  throw new UsageError(
    m.lawMissing({ at: `${first.file}:${first.line}:${first.column}`, code: first.code, message: first.message, more: refused.length - 1, hint: first.hint ?? '', dir }),
  );
}

/**
 * Without --store: the nearest folder above the first input that holds a
 * store.yaml, else `policies/<metadata.store>` for a YAML listing.
 *
 * A store.yaml planted next to an export must not take over from the store
 * whose folder holds it (SPEC section 9): when a second store.yaml lies
 * further up, the store is ambiguous and the run asks for --store.
 */
export function inferStoreDir(inputs: readonly string[], storeFromListing?: string): string | undefined {
  for (const input of inputs) {
    if (input === '-') continue;
    const found: string[] = [];
    // up to the repository's root: a store.yaml above the repository is no store of it
    const root = repositoryRoot(input);
    for (let dir = path.dirname(path.resolve(input)); ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, 'store.yaml'))) found.push(dir);
      if (path.dirname(dir) === dir || dir === root) break;
    }
    if (found.length > 1) {
      const [near, far] = found.map((dir) => path.relative(process.cwd(), dir) || '.');
      throw new UsageError(m.ambiguousStore({ input, near: near!, far: far! }));
    }
    if (found.length === 1) return path.relative(process.cwd(), found[0]!) || '.';
  }
  if (storeFromListing && /^[a-z][a-z0-9_-]{0,63}$/.test(storeFromListing)) {
    const candidate = path.join(defaultPoliciesDir(), storeFromListing);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
