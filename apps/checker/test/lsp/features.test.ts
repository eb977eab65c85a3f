import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Location,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { hasCode, lacksCode, LspClient, tempRepo } from './client.js';

const TIERS = 'policies/demo-apparel/member-tiers.yaml';
const AFTER_SALES = 'policies/demo-apparel/after-sales.yaml';
const GOLDEN_WEEK = 'policies/demo-apparel/promotions/golden-week-tops.yaml';
const BROKEN_GOLD = (text: string) => text.replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function actionsFor(c: LspClient, file: string, finding: Diagnostic): Promise<CodeAction[]> {
  return (await c.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: c.uri(file) },
    range: finding.range,
    context: { diagnostics: [finding] },
  })) as CodeAction[];
}

function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const doc = TextDocument.create('x', 'yaml', 1, text);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  return doc.positionAt(at + offset);
}

describe('storepolicy lsp: help, navigation and fixes', () => {
  it('speaks Chinese to a zh-CN editor', async () => {
    client = new LspClient(tempRepo());
    await client.initialize('zh-CN');
    await client.open(TIERS, BROKEN_GOLD(client.text(TIERS)));
    const finding = (await client.diagnostics(TIERS, hasCode('tiers/threshold-order'))).find((d) => d.code === 'tiers/threshold-order')!;
    expect(finding.message).toMatch(/金卡|gold/);
    expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    const titles = (await actionsFor(client, TIERS, finding)).map((a) => a.title);
    expect(titles).toContain('为 tiers/threshold-order 添加豁免（2026-11-19 到期）');
  });

  it('hovers a finding with the rule summary and the law it cites, and an id with its definition', async () => {
    client = new LspClient(tempRepo((root) => {
      const file = path.join(root, AFTER_SALES);
      writeFileSync(file, readFileSync(file, 'utf8').replace('    days: 15\n', '    days: 5\n'));
    }));
    await client.initialize();
    const text = client.text(AFTER_SALES);
    await client.open(AFTER_SALES, text);
    const finding = (await client.diagnostics(AFTER_SALES, hasCode('after-sales/return-days'))).find((d) => d.code === 'after-sales/return-days')!;
    const onFinding = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(AFTER_SALES) }, position: finding.range.start })) as Hover;
    const value = (onFinding.contents as { value: string }).value;
    expect(value).toContain('**after-sales/return-days** *(law)*');
    expect(value).toContain('网络购买商品七日无理由退货暂行办法');
    const onTier = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: client.uri(AFTER_SALES) },
      position: positionOf(text, 'tier: gold', 7),
    })) as Hover;
    expect((onTier.contents as { value: string }).value).toContain('- id: gold\n  name: {zh: 金卡会员, en: Gold}\n  qualify: {spend: 3000}');
  });

  it('finds every reference to a tier id, from its definition', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const text = client.text(TIERS);
    await client.open(TIERS, text);
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: client.uri(TIERS) },
      position: positionOf(text, 'id: gold', 5),
      context: { includeDeclaration: true },
    })) as Location[];
    const where = locations.map((l) => `${path.relative(client!.root, new URL(l.uri).pathname)}:${l.range.start.line + 1}`);
    // the definition first, then every file that names gold (the demo's tests add more over time)
    const lineOf = (file: string, text: string) => client!.text(file).split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(where.slice(0, 2)).toEqual([`${TIERS}:${lineOf(TIERS, '- id: gold')}`, `${AFTER_SALES}:${lineOf(AFTER_SALES, 'tier: gold')}`]);
    const testFile = 'policies/demo-apparel/tests/member-tiers.yaml';
    expect(where).toContain(`${testFile}:${lineOf(testFile, 'tier: gold')}`);
    for (const l of locations) {
      const line = readFileSync(new URL(l.uri), 'utf8').split('\n')[l.range.start.line]!;
      expect(line.slice(l.range.start.character, l.range.end.character)).toBe('gold');
    }
  });

  it('completes tier ids in a promotion and rule codes in a waiver', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const text = client.text(GOLDEN_WEEK).replace('  percent_off: 10\n', '  percent_off: 10\n  tiers: [g\n');
    await client.open(GOLDEN_WEEK, text);
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri(GOLDEN_WEEK) },
      position: positionOf(text, 'tiers: [g', 'tiers: [g'.length),
    })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['regular', 'silver', 'gold', 'svip']);
    const waiver = 'apiVersion: storepolicy/v1\nkind: Waiver\nmetadata: {store: demo-apparel, name: w}\nspec:\n  rule: tiers/\n';
    await client.open('policies/demo-apparel/waivers/w.yaml', waiver);
    const codes = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: client.uri('policies/demo-apparel/waivers/w.yaml') },
      position: positionOf(waiver, 'rule: tiers/', 'rule: tiers/'.length),
    })) as CompletionItem[];
    expect(codes.map((i) => i.label)).toContain('tiers/threshold-order');
  });

  it('outlines the tiers of member-tiers.yaml', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    await client.open(TIERS);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(TIERS) } })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.detail])).toEqual([['member-tiers', 'MemberTiers']]);
    expect(symbols[0]!.children!.map((c) => c.name)).toEqual(['regular', 'silver', 'gold', 'svip']);
  });

  it('drafts a waiver that, once written, shows the finding as a hint with its reason and expiry', async () => {
    const root = tempRepo();
    client = new LspClient(root);
    await client.initialize();
    const broken = BROKEN_GOLD(client.text(TIERS));
    await client.open(TIERS, broken);
    const finding = (await client.diagnostics(TIERS, hasCode('tiers/threshold-order'))).find((d) => d.code === 'tiers/threshold-order')!;
    const action = (await actionsFor(client, TIERS, finding)).find((a) => a.title.startsWith('Add a waiver'))!;
    expect(action.title).toBe('Add a waiver for tiers/threshold-order (expires 2026-11-19)');
    const [create, edit] = action.edit!.documentChanges! as [{ kind: string; uri: string }, TextDocumentEdit];
    expect(create).toMatchObject({ kind: 'create', uri: client.uri('policies/demo-apparel/waivers/tiers-threshold-order-member-tiers.yaml') });
    const waiver = (edit.edits[0] as { newText: string }).newText;
    expect(waiver).toContain('  rule: tiers/threshold-order\n  target:\n    file: policies/demo-apparel/member-tiers.yaml\n    pointer: "/spec/tiers/2/qualify/spend"\n');
    expect(waiver).toContain('  expires: 2026-11-19\n');
    // what the editor does with the edit: create the file; the server sees it as a new buffer
    mkdirSync(path.join(root, 'policies/demo-apparel/waivers'), { recursive: true });
    await client.open('policies/demo-apparel/waivers/tiers-threshold-order-member-tiers.yaml', waiver);
    const waived = (await client.diagnostics(TIERS, (d) => d.some((x) => x.code === 'tiers/threshold-order' && x.severity === 4))).find((d) => d.code === 'tiers/threshold-order')!;
    expect(waived.message).toContain('waived by policies/demo-apparel/waivers/tiers-threshold-order-member-tiers.yaml until 2026-11-19');
  });

  it('inserts a missing required key with a placeholder of the schema type', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const text = client.text(TIERS).replace('  evaluation_window_days: 365\n', '');
    await client.open(TIERS, text);
    const finding = (await client.diagnostics(TIERS, hasCode('schema/required'))).find((d) => d.code === 'schema/required')!;
    const add = (await actionsFor(client, TIERS, finding)).find((a) => a.title === 'Add "evaluation_window_days"')!;
    const fixed = TextDocument.applyEdits(TextDocument.create('x', 'yaml', 1, text), add.edit!.changes![client.uri(TIERS)]!);
    expect(fixed).toContain('spec:\n  evaluation_window_days: 0\n  metric: spend\n');
    await client.change(TIERS, fixed);
    // the key is there; what is left is its value, which the next finding names
    const after = await client.diagnostics(TIERS, lacksCode('schema/required'));
    expect(after.map((d) => d.code)).toEqual(['schema/range']);
  });
});
