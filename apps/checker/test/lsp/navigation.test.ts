import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionRequest, DefinitionRequest, type CompletionItem, type Location } from 'vscode-languageserver-protocol/node';
import { LspClient, tempRepo } from './client.js';

const GIFT = 'policies/demo-apparel/promotions/double11-accessory-gift.yaml';
const WAIVER = 'policies/demo-apparel/waivers/svip-clearance.yaml';
const WAIVER_TEXT = `apiVersion: storepolicy/v1
kind: Waiver
metadata: {store: demo-apparel, name: svip-clearance}
spec:
  rule: tiers/price-floor
  target:
    file: policies/demo-apparel/member-tiers.yaml
    pointer: /spec/tiers/3
  reason: {zh: 换季清仓三周, en: Three-week end-of-season clearance}
  approved_by: li.na@example.com
  expires: 2026-11-30
`;

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

function at(text: string, needle: string, offset = 1) {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not found`);
  return TextDocument.create('x', 'yaml', 1, text).positionAt(index + offset);
}

async function definitionOf(c: LspClient, file: string, text: string, needle: string): Promise<string[]> {
  const locations = (await c.connection.sendRequest(DefinitionRequest.type, {
    textDocument: { uri: c.uri(file) },
    position: at(text, needle),
  })) as Location[];
  return locations.map((l) => `${path.relative(c.root, new URL(l.uri).pathname)}:${l.range.start.line + 1}:${l.range.start.character + 1}`);
}

describe('storepolicy lsp: definitions beyond tiers', () => {
  it('goes from extends to the baseline, from a gift SKU to its catalogue row, from a waiver target to the file and the value', async () => {
    client = new LspClient(tempRepo((root) => {
      mkdirSync(path.join(root, 'policies/demo-apparel/waivers'), { recursive: true });
      writeFileSync(path.join(root, WAIVER), WAIVER_TEXT);
    }));
    await client.initialize();
    const compliance = client.text('policies/demo-apparel/compliance.yaml');
    await client.open('policies/demo-apparel/compliance.yaml', compliance);
    expect(await definitionOf(client, 'policies/demo-apparel/compliance.yaml', compliance, '../_base/cn-regulations.yaml')).toEqual([
      'policies/_base/cn-regulations.yaml:1:1',
    ]);
    const gift = client.text(GIFT);
    await client.open(GIFT, gift);
    const catalogLine = client.text('policies/demo-apparel/catalog.csv').split('\n').findIndex((l) => l.startsWith('ACC-003,')) + 1;
    expect(await definitionOf(client, GIFT, gift, 'ACC-003')).toEqual([`policies/demo-apparel/catalog.csv:${catalogLine}:1`]);
    await client.open(WAIVER, WAIVER_TEXT);
    expect(await definitionOf(client, WAIVER, WAIVER_TEXT, 'policies/demo-apparel/member-tiers.yaml')).toEqual(['policies/demo-apparel/member-tiers.yaml:1:1']);
    // `/spec/tiers/3` is svip's entry, `- id: svip`, at the `id` after the dash
    const svip = client.text('policies/demo-apparel/member-tiers.yaml').split('\n').indexOf('    - id: svip') + 1;
    expect(await definitionOf(client, WAIVER, WAIVER_TEXT, '/spec/tiers/3')).toEqual([`policies/demo-apparel/member-tiers.yaml:${svip}:7`]);
  });

  it('completes SKUs from the catalogue and categories from the store', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const text = client.text(GIFT).replace('    sku: ACC-003', '    sku: A');
    await client.open(GIFT, text);
    const skus = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri(GIFT) },
      position: at(text, '    sku: A', '    sku: A'.length),
    })) as CompletionItem[];
    expect(skus.map((i) => i.label)).toContain('ACC-003');
    expect(skus.map((i) => i.label)).toContain('DRS-001');
    const golden = 'policies/demo-apparel/promotions/golden-week-tops.yaml';
    const promo = client.text(golden).replace('categories: [tops]', 'categories: [tops, ');
    await client.open(golden, promo);
    const categories = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri(golden) },
      position: at(promo, 'categories: [tops, ', 'categories: [tops, '.length),
    })) as CompletionItem[];
    expect(categories.map((i) => i.label)).toEqual(expect.arrayContaining(['tops', 'dresses']));
  });
});
