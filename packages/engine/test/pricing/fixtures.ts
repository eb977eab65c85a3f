import { loadYaml, validateStructure, type PolicyDocument, type Promotion } from '@storepolicy/schema';
import { buildPolicySet } from '../../src/bundle.js';
import type { StoreBundle } from '../../src/model.js';
import type { CatalogItem } from '../../src/pricing/types.js';

export const STORE = `apiVersion: storepolicy/v1
kind: Store
metadata: {store: demo, name: store}
spec:
  id: demo
  display_name: {zh: 演示店, en: Demo}
  platform: taobao
  timezone: Asia/Shanghai
  categories:
    - {id: dresses, name: {zh: 连衣裙, en: Dresses}, legal_class: apparel}
    - {id: tops, name: {zh: 上衣, en: Tops}, legal_class: apparel}
  metrics:
    dsr: {description: 4.8, service: 4.6, logistics: 4.9}
    experience_score: 4.5
    store_age_days: 400
`;

export const TIERS = `apiVersion: storepolicy/v1
kind: MemberTiers
metadata: {store: demo, name: member-tiers}
spec:
  metric: spend
  evaluation_window_days: 365
  tiers:
    - {id: regular, name: {zh: 普通, en: Regular}, qualify: {spend: 0}, benefits: {price_percent: 100}}
    - {id: gold, name: {zh: 金卡, en: Gold}, qualify: {spend: 2000}, benefits: {price_percent: 95}}
    - {id: svip, name: {zh: 超级会员, en: SVIP}, qualify: {spend: 10000}, benefits: {price_percent: 90}}
`;

export const POLICY = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  conflicts: info
  limits:
    max_depth: 50
    min_margin: 10
`;

/** SPEC worked example: the three promotions active at 2026-11-11T10:00+08:00. */
export const DISCOUNT = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo, name: double11-dresses}
spec:
  type: product_discount
  percent_off: 15
  window: {start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {categories: [dresses]}
`;

export const THRESHOLD = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo, name: double11-300-40}
spec:
  type: threshold_reduction
  status: approved
  threshold: {spend: 300, off: 40, repeat: true}
  window: {start: "2026-11-10T20:00:00+08:00", end: "2026-11-12T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 每满300减40, en: 40 off every 300}
`;

export const COUPON = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo, name: coupon-20}
spec:
  type: coupon
  status: approved
  coupon: {amount: 20, min_spend: 199}
  window: {start: "2026-11-01T00:00:00+08:00", end: "2026-11-30T00:00:00+08:00"}
  scope: {all: true}
  terms: {zh: 满199减20, en: 20 off orders of 199}
`;

/** Load YAML texts (file name -> text) into one store bundle; fail loudly on structural errors. */
export function bundleOf(files: Record<string, string>): StoreBundle {
  const documents: PolicyDocument[] = [];
  for (const [file, text] of Object.entries(files)) {
    const loaded = loadYaml(file, text);
    const errors = [...loaded.diagnostics, ...loaded.documents.flatMap((d) => validateStructure(d))];
    if (errors.length > 0) throw new Error(`${file}: ${JSON.stringify(errors, null, 1)}`);
    documents.push(...loaded.documents);
  }
  const bundle = buildPolicySet(documents).stores[0];
  if (!bundle) throw new Error('no store in fixtures');
  return bundle;
}

export function proposalOf(file: string, text: string): PolicyDocument<Promotion> {
  const loaded = loadYaml(file, text);
  const errors = [...loaded.diagnostics, ...loaded.documents.flatMap((d) => validateStructure(d))];
  if (errors.length > 0) throw new Error(`${file}: ${JSON.stringify(errors, null, 1)}`);
  return loaded.documents[0] as PolicyDocument<Promotion>;
}

/** DRS-001 of the worked example: list 199.00, cost 80.00, 7-day low 189.00. */
export const DRS001: CatalogItem = {
  sku: 'DRS-001',
  category: 'dresses',
  list: 19900,
  cost: 8000,
  history: [
    { date: '2026-10-20', list: 19900, transaction: 19900 },
    { date: '2026-11-05', list: 19900, transaction: 18900 },
    { date: '2026-11-08', list: 19900, transaction: 19500 },
  ],
};
