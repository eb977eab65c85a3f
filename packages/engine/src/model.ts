import type { PolicyDocument } from '@storepolicy/schema';
import type { CatalogItem } from './pricing/types.js';
import type {
  AfterSalesPolicy,
  CompliancePolicy,
  Listing,
  MemberTiers,
  PackingStandard,
  PolicyTest,
  Promotion,
  PromotionPolicy,
  Store,
  Waiver,
} from '@storepolicy/schema';

/**
 * One store's documents, sorted by kind. Only documents that passed the
 * structural (JSON Schema) layer are here, so rules may trust the types.
 */
export interface StoreBundle {
  /** `metadata.store` */
  id: string;
  documents: PolicyDocument[];
  store?: PolicyDocument<Store>;
  memberTiers?: PolicyDocument<MemberTiers>;
  promotionPolicy?: PolicyDocument<PromotionPolicy>;
  afterSales?: PolicyDocument<AfterSalesPolicy>;
  packing?: PolicyDocument<PackingStandard>;
  compliance?: PolicyDocument<CompliancePolicy>;
  /** The document `compliance.spec.extends` names, when it was found. */
  complianceBase?: PolicyDocument<CompliancePolicy>;
  /**
   * The first document of the file `extends` names when it is NOT a baseline
   * (another store's policy, another kind), so `compliance/no-baseline` can
   * say what it found there instead of "missing".
   */
  complianceExtendsOther?: PolicyDocument;
  /** The approved promotion calendar (`promotions/`). */
  promotions: PolicyDocument<Promotion>[];
  listings: PolicyDocument<Listing>[];
  waivers: PolicyDocument<Waiver>[];
  tests: PolicyDocument<PolicyTest>[];
  /**
   * The store's catalogue with its price history, when the caller read one
   * (`validate` reads `catalog.csv` next to `store.yaml`): the approved
   * calendar is then priced like a proposal (SPEC section 9).
   */
  catalog?: CatalogItem[];
  /**
   * Kinds this store has a file for that failed the structural layer. A rule
   * that would say "no MemberTiers document" stays quiet for these: the
   * schema finding already says what to fix, and a second finding would mislead.
   */
  invalidKinds: Set<string>;
}

export interface PolicySet {
  stores: StoreBundle[];
  /** Documents of `metadata.store: _base`, the shared baselines. */
  bases: PolicyDocument[];
}
