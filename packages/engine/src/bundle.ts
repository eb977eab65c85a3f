import path from 'node:path';
import type { PolicyDocument } from '@storepolicy/schema';
import type { PolicySet, StoreBundle } from './model.js';

type SingletonKey = 'store' | 'memberTiers' | 'promotionPolicy' | 'afterSales' | 'packing' | 'compliance';
type ListKey = 'promotions' | 'listings' | 'waivers' | 'tests';

const SINGLETONS: Record<string, SingletonKey> = {
  Store: 'store',
  MemberTiers: 'memberTiers',
  PromotionPolicy: 'promotionPolicy',
  AfterSalesPolicy: 'afterSales',
  PackingStandard: 'packing',
  CompliancePolicy: 'compliance',
};

const LISTS: Record<string, ListKey> = {
  Promotion: 'promotions',
  Listing: 'listings',
  Waiver: 'waivers',
  PolicyTest: 'tests',
};

export const BASE_STORE = '_base';

/** Normalise a path so `a/./b/../c.yaml` and `a/c.yaml` compare equal. */
export function normalizeFile(file: string): string {
  return path.posix.normalize(file.split(path.sep).join('/'));
}

/** Where `extends:` in `fromFile` points: relative to the file that says it. */
export function resolveExtends(fromFile: string, target: string): string {
  return normalizeFile(path.posix.join(path.posix.dirname(normalizeFile(fromFile)), target));
}

function storeOf(doc: PolicyDocument): string | undefined {
  const value = doc.value as { metadata?: { store?: unknown } };
  return typeof value?.metadata?.store === 'string' ? value.metadata.store : undefined;
}

/**
 * Group structurally valid documents by store; `rejected` (documents that
 * failed the schema) only mark their kind as present-but-invalid. A second document of a
 * singleton kind is kept in `documents` (so `ref/duplicate` can report it)
 * but does not replace the first.
 */
export function buildPolicySet(documents: PolicyDocument[], rejected: readonly PolicyDocument[] = []): PolicySet {
  const stores = new Map<string, StoreBundle>();
  const bases: PolicyDocument[] = [];
  const bundleFor = (storeId: string): StoreBundle => {
    let bundle = stores.get(storeId);
    if (!bundle) {
      bundle = { id: storeId, documents: [], promotions: [], listings: [], waivers: [], tests: [], invalidKinds: new Set() };
      stores.set(storeId, bundle);
    }
    return bundle;
  };
  for (const doc of rejected) {
    const storeId = storeOf(doc);
    if (storeId !== undefined && storeId !== BASE_STORE && doc.kind !== undefined) bundleFor(storeId).invalidKinds.add(doc.kind);
  }
  for (const doc of documents) {
    const storeId = storeOf(doc);
    if (storeId === undefined || doc.kind === undefined) continue;
    if (storeId === BASE_STORE) {
      bases.push(doc);
      continue;
    }
    const bundle = bundleFor(storeId);
    bundle.documents.push(doc);
    const singleton = SINGLETONS[doc.kind];
    const list = LISTS[doc.kind];
    if (singleton) {
      if (!bundle[singleton]) (bundle as unknown as Record<string, PolicyDocument>)[singleton] = doc;
    } else if (list) {
      (bundle[list] as PolicyDocument[]).push(doc);
    }
  }
  for (const bundle of stores.values()) {
    const target = (bundle.compliance?.value.spec as { extends?: string } | undefined)?.extends;
    if (bundle.compliance && typeof target === 'string') {
      const wanted = resolveExtends(bundle.compliance.file, target);
      const base = bases.find((b) => normalizeFile(b.file) === wanted && b.kind === 'CompliancePolicy');
      if (base) bundle.complianceBase = base as StoreBundle['complianceBase'];
      else {
        const other = documents.find((d) => normalizeFile(d.file) === wanted);
        if (other) bundle.complianceExtendsOther = other;
      }
    }
  }
  return { stores: [...stores.values()].sort((a, b) => a.id.localeCompare(b.id)), bases };
}
