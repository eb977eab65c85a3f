import type { MessageCatalog } from '@storepolicy/schema';
import type { PolicyRule, RuleMeta } from '../rule.js';
import { rules as afterSales } from './after-sales/index.js';
import { unknownCategory as catalogUnknownCategory } from './catalog/unknown-category.js';
import { rules as compliance } from './compliance/index.js';
import { metas as listing } from './listing/index.js';
import { rules as packing } from './packing/index.js';
import { metas as promotion } from './promotion/index.js';
import { rules as promotionPolicy } from './promotion-policy/index.js';
import { rules as ref } from './ref/index.js';
import { structuralMetas } from './structural.js';
import { metas as test } from './test/index.js';
import { rules as tiers } from './tiers/index.js';
import { metas as waiver } from './waiver/index.js';

/** Rules that `storepolicy validate` runs over each store's policies. */
export const policyRules: PolicyRule[] = [
  ...tiers,
  ...promotionPolicy,
  ...afterSales,
  ...packing,
  ...compliance,
  ...ref,
];

/**
 * The rules without which no listing check means anything: the store has the
 * law's baseline and does not loosen it. `check listing` runs them first and
 * refuses to run on an error (SPEC section 9).
 */
export const lawGateRules: PolicyRule[] = compliance;

/** Every rule the product knows, for `storepolicy rules`, docs and messages. */
export const ruleCatalog: RuleMeta[] = [
  ...structuralMetas,
  ...policyRules.map((rule) => rule.meta),
  ...promotion,
  // reported where a catalogue is loaded (check promotion), not by validate's rules
  catalogUnknownCategory,
  ...listing,
  ...waiver,
  ...test,
];

/** Every message id (`code.id`) of every rule, for rendering in any language. */
export function buildMessageCatalog(metas: readonly RuleMeta[] = ruleCatalog): MessageCatalog {
  const catalog: MessageCatalog = {};
  for (const meta of metas) {
    for (const [id, entry] of Object.entries(meta.messages)) catalog[`${meta.code}.${id}`] = entry;
  }
  return catalog;
}

export function findRule(code: string): RuleMeta | undefined {
  return ruleCatalog.find((meta) => meta.code === code);
}
