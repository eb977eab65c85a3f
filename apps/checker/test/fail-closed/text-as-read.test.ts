import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "text a buyer reads but the matcher did not" (issue 10): each
// row below passed `check listing` with no finding before the normaliser
// (read-as-buyer.ts); now it is found, at the characters the seller wrote
// (line and column in the NDJSON file, through JSON escapes).

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const base = { sku: 'DRS-010', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };
const check = async (input: string) => {
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], input);
  return { code: result.code, found: findings(result) };
};

describe('fail closed: evasions of a banned term or a contact detail are found at their characters', () => {
  it.each([
    ['Traditional characters', '全網最低 好評返現', ['listing/banned-term', '全網最低'], ['listing/review-inducement', '好評返現']],
    ['a Kangxi radical', '⾸选爆款', ['listing/banned-term', '⾸选']],
    ['Cyrillic look-alike letters', '爆款Тор1', ['listing/banned-term', 'Тор1']],
    ['emoji between the characters', '全网🔥最低', ['listing/banned-term', '全网🔥最低']],
    ['punctuation between the characters', '全，网，最，低', ['listing/banned-term', '全，网，最，低']],
    ['Latin term with a space', '爆款 TOP 1', ['listing/banned-term', 'TOP 1']],
    ['invisible format characters', '全\u202e网\u2066最\u2064低', ['listing/banned-term', '全\u202e网\u2066最\u2064低']],
    ['HTML tags in the description', '<p>全<b>网</b>最低</p>', ['listing/banned-term', '全<b>网</b>最低']],
    ['an HTML entity', '全&#32593;最低', ['listing/banned-term', '全&#32593;最低']],
    ['a phone number in financial numerals', '售后壹叁捌壹贰叁肆伍陆柒捌', ['listing/contact-info', '壹叁捌壹贰叁肆伍陆柒捌']],
    ['a phone number in circled digits with dots', '售后①③⑧.①②③④.⑤⑥⑦⑧', ['listing/contact-info', '①③⑧.①②③④.⑤⑥⑦⑧']],
    ['a phone number behind 0086', '售后0086 138 1234 5678', ['listing/contact-info', '0086 138 1234 5678']],
    ['a WeChat homophone', '售后请加薇信', ['listing/contact-info', '加薇信']],
    ['V with a colon', '售后 V：shop2024', ['listing/contact-info', 'V：shop2024']],
    ['QQ spelt as 企鹅', '售后企鹅：12345678', ['listing/contact-info', '企鹅：12345678']],
  ])('%s', async (_name, description, ...expected) => {
    const line = `${JSON.stringify({ ...base, description })}\n`;
    const { code, found } = await check(line);
    expect(code).toBe(1);
    const text = found.filter((f) => f.code.startsWith('listing/') && f.pointer === '/description');
    // columns count decoded characters; the JSON escapes of the line are undone first
    const decodedLine = line.replace(/\\u([0-9a-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(text.map((f) => [f.code, f.column])).toEqual(expected.map(([codeOf, excerpt]) => [codeOf, decodedLine.indexOf(excerpt!) + 1]));
  });

  it('honest copy around the same characters stays silent', async () => {
    const description = '本店商品全。网购放心，第一次購買請看說明，尺码175/92A，价格199.00，订单号2026111112345678901，条码6901234567892';
    const { code, found } = await check(`${JSON.stringify({ ...base, description })}\n`);
    expect(found.filter((f) => f.pointer === '/description')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('check listing --baseline / --write-baseline', () => {
  const rows = [
    { ...base, sku: 'DRS-011', title: '全网最低 连衣裙' },
    { ...base, sku: 'DRS-012', title: '纯棉连衣裙', description: '售后加微信 shop2024' },
    { ...base, sku: 'DRS-013', title: '亚麻衬衫' },
  ];
  const ndjson = (list: object[]) => list.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const run = (args: string[]) => repo.run(['check', 'listing', 'catalog.ndjson', '--store', 'policies/demo-apparel', '--format', 'json', ...args]);

  it('a baseline written from a catalogue lets the same findings pass, reordered and with other fields edited', async () => {
    repo.write('catalog.ndjson', ndjson(rows));
    expect((await run(['--write-baseline', 'baseline.json'])).code).toBe(1);
    const written = JSON.parse(repo.read('baseline.json')) as { findings: { sku: string; code: string; field: string; text: string }[] };
    expect(written.findings).toContainEqual({ sku: 'DRS-011', code: 'listing/banned-term', field: '/title', text: '全网最低' });
    // rows reordered, a price and the spacing of the known term edited: nothing new
    repo.write('catalog.ndjson', ndjson([{ ...rows[2]! }, { ...rows[1]!, price: '89.00' }, { ...rows[0]!, title: '全-网-最-低 连衣裙' }]));
    const again = await run(['--baseline', 'baseline.json']);
    expect(again.code).toBe(0);
    const body = JSON.parse(again.stdout) as { summary: { errors: number; waived: number; baselined: number } };
    expect(body.summary.errors).toBe(0);
    // known findings are counted apart from waived ones (test/listing/baseline-formats.test.ts)
    expect(body.summary.baselined).toBe(written.findings.length);
    expect(body.summary.waived).toBe(0);
  });

  it('a new finding is reported, and a fixed one leaves the next baseline', async () => {
    repo.write('catalog.ndjson', ndjson(rows));
    await run(['--write-baseline', 'baseline.json']);
    repo.write('catalog.ndjson', ndjson([{ ...rows[0]!, title: '纯棉连衣裙' }, rows[1]!, { ...rows[2]!, title: '亚麻衬衫 国家级' }]));
    const result = await run(['--baseline', 'baseline.json', '--write-baseline', 'next.json']);
    expect(result.code).toBe(1);
    const fresh = findings(result).filter((f) => !f.message.includes('baseline'));
    expect(fresh.map((f) => [f.code, f.line])).toContainEqual(['listing/banned-term', 3]);
    const next = JSON.parse(repo.read('next.json')) as { findings: { sku: string; code: string; text: string }[] };
    const terms = next.findings.filter((f) => f.code === 'listing/banned-term').map((f) => [f.sku, f.text]);
    expect(terms).toEqual([['DRS-013', '国家级']]);
  });

  it('a missing or malformed baseline is a usage error (exit 2), not an empty baseline', async () => {
    repo.write('catalog.ndjson', ndjson(rows));
    expect((await run(['--baseline', 'missing.json'])).code).toBe(2);
    repo.write('bad.json', '{"findings": 3}');
    const bad = await run(['--baseline', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a storepolicy listing baseline');
  });
});
