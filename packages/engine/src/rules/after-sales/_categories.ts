import type { PolicyDocument, Store } from '@storepolicy/schema';

export type StoreCategory = Store['spec']['categories'][number];

/** A Store category by id, with the pointer other findings relate to. */
export function findCategory(
  store: PolicyDocument<Store> | undefined,
  id: string,
): { category: StoreCategory; pointer: string } | undefined {
  const index = store?.value.spec.categories.findIndex((c) => c.id === id) ?? -1;
  if (!store || index < 0) return undefined;
  return { category: store.value.spec.categories[index]!, pointer: `/spec/categories/${index}` };
}
