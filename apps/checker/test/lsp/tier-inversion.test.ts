// promotion/tier-inversion reaches the editor through validate's calendar pricing: an unsaved edit
// of an approved coupon that makes members pay more is shown at the minimum as you type.
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hasCode, lacksCode, LspClient, tempRepo } from './client.js';

const COUPON = 'policies/demo-apparel/promotions/double12-coupon-30-off-400.yaml';
const TIERS = 'policies/demo-apparel/member-tiers.yaml';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('storepolicy lsp: tier inversion in the approved calendar', () => {
  it('reports a coupon minimum the member prices miss at the minimum, and clears it when the edit is undone', async () => {
    client = new LspClient(tempRepo());
    await client.initialize();
    const saved = client.text(COUPON);
    // 满299: DRS-008 (299.00) reaches it only at full price, the 329.00 items only up to gold
    const edited = saved.replace('min_spend: 400', 'min_spend: 299');
    expect(edited).not.toBe(saved);
    await client.open(COUPON, edited);
    const found = (await client.diagnostics(COUPON, hasCode('promotion/tier-inversion'))).filter((d) => d.code === 'promotion/tier-inversion');
    const text = (message: string | { value: string }) => (typeof message === 'string' ? message : message.value);
    const doc = TextDocument.create('x', 'yaml', 1, edited);
    const start = doc.positionAt(edited.indexOf('min_spend: 299') + 'min_spend: '.length);
    // DRS-008 silver, gold and svip against regular; DRS-003 and TOP-003 svip against gold
    expect(found.map((d) => text(d.message).split(':')[0]).sort()).toEqual(['DRS-003', 'DRS-008', 'DRS-008', 'DRS-008', 'TOP-003']);
    for (const d of found) {
      expect(d.range).toEqual({ start, end: { line: start.line, character: start.character + 3 } });
      // demo-apparel holds the rule at warning (its promotion-policy.yaml says why)
      expect(d.severity).toBe(2);
      expect(d.relatedInformation?.map((r) => r.location.uri)).toContain(client.uri(TIERS));
    }
    expect(text(found.find((d) => text(d.message).startsWith('DRS-008: silver'))!.message).split('\n')).toEqual([
      'DRS-008: silver pays 293.02, more than regular (269.00): the silver price 293.02 misses the 299.00 minimum spend of the coupon double12-coupon-30-off-400 by 5.98, which the regular price reaches',
      'hint: Lower the minimum spend of double12-coupon-30-off-400 to 293.02 or less so that both tiers can use it.',
    ]);
    await client.change(COUPON, saved);
    expect((await client.diagnostics(COUPON, lacksCode('promotion/tier-inversion'))).filter((d) => d.code === 'promotion/tier-inversion')).toEqual([]);
  });
});
