import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '@storepolicy/schema';
import { checkListingDocuments } from '../../src/listing/index.js';
import { loadFixture, type Fixture } from '../helpers/rule-tester.js';

/** The real law baseline, so rule tests exercise the shipped terms. */
export const BASE_YAML = readFileSync(fileURLToPath(new URL('../../../../policies/_base/cn-regulations.yaml', import.meta.url)), 'utf8');

export const STORE_YAML = `apiVersion: storepolicy/v1
kind: Store
metadata: {store: demo, name: store}
spec:
  id: demo
  display_name: {zh: 演示店}
  platform: taobao
  categories:
    - {id: dresses, name: {zh: 连衣裙}, legal_class: apparel}
    - {id: snacks, name: {zh: 零食}, legal_class: food}
    - {id: supplements, name: {zh: 保健食品}, legal_class: health_food}
    - {id: skincare, name: {zh: 护肤}, legal_class: cosmetics}
    - {id: tailoring, name: {zh: 定制}, legal_class: custom_made}
    - {id: mugs, name: {zh: 杯子}, legal_class: general}
    - {id: thermometers, name: {zh: 体温计}, legal_class: medical_device}
`;

export const COMPLIANCE_YAML = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
`;

/**
 * A listing document from its spec lines (indented by 2, under \`spec:\`).
 * The header is 4 lines, so spec line k of \`body\` is file line 4 + k.
 */
export function listingYaml(body: string): string {
  return `apiVersion: storepolicy/v1\nkind: Listing\nmetadata: {store: demo, name: l1}\nspec:\n${body}`;
}

/** Check one listing against the demo store (plus any extra policy files) and return its diagnostics. */
export function checkListing(body: string, extra: Fixture = {}): Diagnostic[] {
  const { set } = loadFixture({
    'p/_base/cn-regulations.yaml': BASE_YAML,
    'p/demo/store.yaml': STORE_YAML,
    'p/demo/compliance.yaml': COMPLIANCE_YAML,
    ...extra,
    'p/demo/listings/l1.yaml': listingYaml(body),
  });
  return set.stores.flatMap((bundle) => checkListingDocuments(bundle));
}

/** Only the findings of one rule, reduced to what a manager sees. */
export function findings(body: string, code: string, extra: Fixture = {}) {
  return checkListing(body, extra)
    .filter((d) => d.code === code)
    .map((d) => ({ messageId: d.messageId.slice(code.length + 1), severity: d.severity, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }));
}

/** PackingStandard: ship_within_hours on line 5 (value at column 43), forbidden inserts on line 9. */
export const PACKING_YAML = `apiVersion: storepolicy/v1
kind: PackingStandard
metadata: {store: demo, name: packing}
spec:
  dispatch: {cutoff: "16:00", ship_within_hours: 24}
  qa_checks: [sku_matches_order, no_damage]
  inserts:
    allowed: [{kind: thank_you_card}]
    forbidden: [{kind: review_cashback_card, name: {zh: 好评返现卡}}, {kind: off_platform_contact_card}]
  categories: []
`;

/** AfterSalesPolicy: statutory exemptions on line 7, buyer-confirmed on line 8. */
export const AFTER_SALES_YAML = `apiVersion: storepolicy/v1
kind: AfterSalesPolicy
metadata: {store: demo, name: after-sales}
spec:
  no_reason_returns:
    days: 7
    statutory_exemptions: [{category: tailoring}]
    buyer_confirmed_exemptions: [{category: skincare, reason: unsealed_safety_or_quality, checkout_confirmation: true}]
  refund_within_days: 3
  return_shipping:
    by_reason: {quality: seller, no_reason: buyer}
  service_levels: {first_response_minutes: 3, refund_processing_hours: 24}
`;

/** A listing body: sku, title, category, price on lines 5-8, then `extra` from line 9. */
export function body(category: string, extra = '', title = '纯棉连衣裙'): string {
  return `  sku: SKU-1\n  title: ${title}\n  category: ${category}\n  price: 99\n${extra}`;
}

/** Real-shot images so the images rule stays quiet in tests of other rules. */
export const IMAGES = '  images:\n    - {url: a.jpg, real_shot: true}\n    - {url: b.jpg}\n    - {url: c.jpg}\n';
