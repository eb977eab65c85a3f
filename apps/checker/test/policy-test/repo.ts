import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SHIPPED_BASE = readFileSync(fileURLToPath(new URL('../../../../policies/_base/cn-regulations.yaml', import.meta.url)), 'utf8');

/**
 * Every store needs the law's baseline (SPEC section 9, compliance/no-baseline): a store folder
 * with a store.yaml and no compliance.yaml gets one extending the shipped baseline, which is
 * added as policies/_base/cn-regulations.yaml unless the test writes its own.
 */
function withLaw(files: Record<string, string>): Record<string, string> {
  const out = { ...files };
  for (const file of Object.keys(files)) {
    const match = /^(policies\/([^/]+))\/store\.yaml$/.exec(file);
    if (!match || Object.keys(files).some((f) => f.startsWith(`${match[1]}/`) && /kind:\s*CompliancePolicy/.test(files[f]!))) continue;
    const store = /store:\s*([\w-]+)/.exec(files[file]!)?.[1] ?? match[2]!;
    out[`${match[1]}/compliance.yaml`] =
      `apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: ${store}, name: compliance}\nspec:\n  extends: ../_base/cn-regulations.yaml\n`;
    out['policies/_base/cn-regulations.yaml'] ??= SHIPPED_BASE;
  }
  return out;
}

/** Write a small policy repository into a fresh temp dir; paths are repo-relative. */
export function writeRepo(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-test-'));
  for (const [file, text] of Object.entries(withLaw(files))) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const STORE_YAML = `apiVersion: storepolicy/v1
kind: Store
metadata: {store: s, name: store}
spec:
  id: s
  display_name: {zh: 测试店}
  platform: taobao
  categories:
    - {id: dresses, name: {zh: 连衣裙}, legal_class: apparel}
`;

/** MemberTiers with svip at `svip` percent; svip's price_percent is on line 9, column 86. */
export function tiersYaml(svip: number): string {
  return `apiVersion: storepolicy/v1
kind: MemberTiers
metadata: {store: s, name: member-tiers}
spec:
  metric: spend
  evaluation_window_days: 365
  tiers:
    - {id: vip, name: {zh: vip}, qualify: {spend: 0}, benefits: {price_percent: 95}}
    - {id: svip, name: {zh: svip}, qualify: {spend: 1000}, benefits: {price_percent: ${svip}}}
`;
}

/** A Waiver of tiers/price-floor for svip; `expires` is on line 9, column 12. */
export function waiverYaml(expires: string, pointer = '/spec/tiers/1'): string {
  return `apiVersion: storepolicy/v1
kind: Waiver
metadata: {store: s, name: svip-clearance}
spec:
  rule: tiers/price-floor
  target: {file: policies/s/member-tiers.yaml, pointer: ${pointer}}
  reason: {zh: 换季清仓, en: end-of-season clearance}
  approved_by: li.na@example.com
  expires: ${expires}
`;
}
