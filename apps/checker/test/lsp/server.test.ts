import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DefinitionRequest,
  HoverRequest,
  type CodeAction,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { hasCode, lacksCode, LspClient, tempRepo } from './client.js';

const TIERS = 'policies/demo-apparel/member-tiers.yaml';
const STORE = 'policies/demo-apparel/store.yaml';
const GOLDEN_WEEK = 'policies/demo-apparel/promotions/golden-week-tops.yaml';

/** The demo store with a promotion that names tiers, so a tier's removal has a file to break. */
function repoWithTierPromotion(): string {
  return tempRepo((root) => {
    const file = path.join(root, GOLDEN_WEEK);
    writeFileSync(file, readFileSync(file, 'utf8').replace('  percent_off: 10\n', '  percent_off: 10\n  tiers: [gold, svip]\n'));
  });
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('storepolicy lsp over stdio', () => {
  it('reports tiers/threshold-order at its exact range with the related location, for an unsaved buffer', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const broken = client.text(TIERS).replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
    await client.open(TIERS, broken);
    const diagnostics = await client.diagnostics(TIERS, hasCode('tiers/threshold-order'));
    const finding = diagnostics.find((d) => d.code === 'tiers/threshold-order')!;
    // the 800 of `qualify: {spend: 800}` on line 37, columns 24-26 (0-based 36:23-26)
    expect(finding.range).toEqual({ start: { line: 36, character: 23 }, end: { line: 36, character: 26 } });
    expect(finding.severity).toBe(1);
    expect(finding.source).toBe('storepolicy');
    expect(finding.message).toContain('Tier "gold" needs spend 800.00 yuan');
    expect(finding.relatedInformation).toEqual([
      {
        location: { uri: client.uri(TIERS), range: { start: { line: 28, character: 23 }, end: { line: 28, character: 27 } } },
        message: 'The previous tier "silver" sets 1000.00 here.',
      },
    ]);
    expect(finding.codeDescription?.href).toMatch(/docs\/rules\/tiers\/threshold-order\.md$/);
  });

  it('applies the did-you-mean action to a misspelt key, and the finding goes away', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const misspelt = client.text(STORE).replace('size_chart_required', 'size_chart_requird');
    expect(misspelt).not.toBe(client.text(STORE));
    await client.open(STORE, misspelt);
    const diagnostics = await client.diagnostics(STORE, hasCode('schema/unknown-key'));
    const finding = diagnostics.find((d) => d.code === 'schema/unknown-key')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: client.uri(STORE) },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Change to "size_chart_required"');
    const edits = fix.edit!.changes![client.uri(STORE)]!;
    const fixed = TextDocument.applyEdits(TextDocument.create(client.uri(STORE), 'yaml', 1, misspelt), edits);
    expect(fixed).toBe(client.text(STORE));
    await client.change(STORE, fixed);
    const after = await client.diagnostics(STORE, lacksCode('schema/unknown-key'));
    expect(after).toEqual([]);
  });

  it('goes from a tier id in a promotion to its definition in member-tiers.yaml', async () => {
    client = new LspClient(repoWithTierPromotion());
    await client.initialize();
    const text = client.text(GOLDEN_WEEK);
    await client.open(GOLDEN_WEEK, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('tiers: [gold, svip]'));
    const character = lines[line]!.indexOf('gold') + 2;
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: client.uri(GOLDEN_WEEK) },
      position: { line, character },
    })) as Location[];
    // the id of `    - id: gold` in member-tiers.yaml, columns 11-14
    const gold = client.text(TIERS).split('\n').indexOf('    - id: gold');
    expect(gold).toBeGreaterThan(0);
    expect(locations).toEqual([{ uri: client.uri(TIERS), range: { start: { line: gold, character: 10 }, end: { line: gold, character: 14 } } }]);
  });

  it('reports in the promotion file, unopened, when its tier is removed from member-tiers.yaml', async () => {
    client = new LspClient(repoWithTierPromotion());
    await client.initialize();
    const original = client.text(TIERS);
    await client.open(TIERS, original);
    const renamed = original.replace('- id: gold', '- id: golden');
    await client.change(TIERS, renamed);
    const broken = await client.diagnostics(GOLDEN_WEEK, hasCode('promotion/unknown-tier'));
    const finding = broken.find((d) => d.code === 'promotion/unknown-tier')!;
    expect(finding.message).toContain('tier "gold" is not defined in MemberTiers');
    expect(finding.relatedInformation?.[0]?.location.uri).toBe(client.uri(TIERS));
    // the undo clears it again
    await client.change(TIERS, original);
    expect(await client.diagnostics(GOLDEN_WEEK, lacksCode('promotion/unknown-tier'))).toEqual([]);
  });

  it('stays responsive after a hostile document: an alias bomb and a 10 MB buffer', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    await client.open('policies/demo-apparel/bomb.yaml', `${bomb.join('\n')}\n`);
    const huge = `kind: Store\nspec:\n  note: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    await client.open('policies/demo-apparel/huge.yaml', huge);
    expect(await client.diagnostics('policies/demo-apparel/bomb.yaml', hasCode('yaml/alias-limit'))).not.toEqual([]);
    expect(await client.diagnostics('policies/demo-apparel/huge.yaml', hasCode('yaml/too-large'))).not.toEqual([]);
    // still answering requests and still checking edits
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(TIERS) }, position: { line: 13, character: 3 } });
    expect(JSON.stringify(hover)).toContain('What ranks buyers into tiers');
    await client.open(TIERS, client.text(TIERS).replace('qualify: {spend: 3000}', 'qualify: {spend: 800}'));
    expect(await client.diagnostics(TIERS, hasCode('tiers/threshold-order'))).not.toEqual([]);
  });
});
