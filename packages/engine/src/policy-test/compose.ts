import type { PolicyDocument, Promotion } from '@storepolicy/schema';
import { buildPolicySet } from '../bundle.js';
import type { PolicySet, StoreBundle } from '../model.js';

/** Kinds a store holds once: an input of one of these replaces the store's own. */
export const REPLACING = new Set<string>(['Store', 'MemberTiers', 'PromotionPolicy', 'AfterSalesPolicy', 'PackingStandard', 'CompliancePolicy']);

/** Kinds of the store folder a case never sees: its tests and its waivers (a case tests the policy, not its exceptions). */
const LEFT_OUT = new Set(['PolicyTest', 'Waiver']);

export interface CaseWorld {
  set: PolicySet;
  bundle: StoreBundle;
  proposals: PolicyDocument<Promotion>[];
  /** Listing inputs: checked on their own (the store's listings are not the subject of a case). */
  listings: PolicyDocument[];
}

/**
 * The store as one case sees it (the semantics `docs/guide/waivers-and-tests.md`
 * documents): the store's documents, minus its tests and waivers, with each
 * input of a policy kind replacing the store's document of that kind, Waiver
 * inputs added, Listing inputs checked, and Promotion inputs treated as
 * proposals (a proposal named like a calendar promotion replaces it).
 */
export function composeCase(
  storeId: string,
  repository: readonly PolicyDocument[],
  inputs: readonly PolicyDocument[],
): CaseWorld {
  const replaced = new Set(inputs.map((d) => d.kind).filter((k): k is string => k !== undefined && REPLACING.has(k)));
  const proposals = inputs.filter((d) => d.kind === 'Promotion') as PolicyDocument<Promotion>[];
  const proposalNames = new Set(proposals.map((p) => p.value.metadata.name));
  const listings = inputs.filter((d) => d.kind === 'Listing');
  const kept = repository.filter((doc) => {
    const store = (doc.value as { metadata?: { store?: string } }).metadata?.store;
    if (store === '_base') return true;
    if (store !== storeId || doc.kind === undefined) return false;
    if (LEFT_OUT.has(doc.kind) || replaced.has(doc.kind)) return false;
    if (doc.kind === 'Promotion' && proposalNames.has((doc.value as Promotion).metadata.name)) return false;
    return true;
  });
  const added = inputs.filter((d) => d.kind !== undefined && (REPLACING.has(d.kind) || d.kind === 'Waiver'));
  const set = buildPolicySet([...kept, ...added]);
  const bundle = set.stores.find((s) => s.id === storeId) ?? emptyBundle(storeId);
  if (!set.stores.includes(bundle)) set.stores.push(bundle);
  return { set, bundle, proposals, listings };
}

function emptyBundle(id: string): StoreBundle {
  return { id, documents: [], promotions: [], listings: [], waivers: [], tests: [], invalidKinds: new Set() };
}
