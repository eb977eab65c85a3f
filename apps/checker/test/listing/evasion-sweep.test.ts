import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawRepo, type LawRepo } from '../fail-closed/_law-repo.js';
import { contactSamples, evasions, HONEST_TEXTS, type PolicyTerm } from '../helpers/evasion-variants.js';

// The red team's sweep through the real CLI: every term of the law baseline
// and the demo stores, written every way test/helpers/evasion-variants.ts
// knows, in every field a buyer reads, must be found by its rule at the
// seller's characters; every honest text must stay silent. One NDJSON run per
// store (about 40,000 rows), so a regression anywhere in the reading shows as
// a list of (family | technique | term | field) lines.

/**
 * Ways of writing that the checker deliberately does not read (documented in
 * docs/guide/listings.md, "Text as buyers read it"), with the reason.
 */
const NOT_READ: Record<string, string> = {
  "symbol | '卍'": 'an ideograph (U+534D), read as a character like any other',
  "symbol | '㊣'": 'reads as the character 正 (NFKC), which a buyer reads too',
  'nfkc | CJK radical supplement': 'no Unicode data maps these radicals to ideographs (not in NFKC nor in the confusables table)',
  'nfkc | regional indicators': 'two of them show as a flag, not as letters',
  'wechat | 卫星': 'satellite, an ordinary word',
  'wechat | 㐘信': 'a rare character no seller tool offers',
  'wechat | 薇': '薇 alone names WeChat only before a colon (薇：abc123); it is a common given name',
  'wechat | V': 'V alone names WeChat only before a colon or a symbol (V领, V-neck)',
  'qq | q': 'Q alone names QQ only before a colon',
  'qq | 秋秋': 'an ordinary word and a given name',
  'qq | 球球': 'an ordinary word',
  'wechat-id | g a r d e n i a 8 8 8': 'letters spaced out one by one are not read as one id (sizes and model codes are written that way)',
};
/** A technique named in NOT_READ, or a contact keyword there with any separator after it (`qq | q space`). */
const notRead = (family: string, technique: string) => {
  const full = `${family} | ${technique}`.toLowerCase();
  const keyword = full.slice(0, full.lastIndexOf(' '));
  return Object.keys(NOT_READ).some((k) => full === k.toLowerCase() || keyword === k.toLowerCase());
};

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel', 'demo-food']);
});
afterAll(() => repo.cleanup());

const PRE = '新款 ';
const POST = ' 欢迎选购';
const FIELDS = ['title', 'description', 'attr-value', 'attr-key', 'reason', 'insert'] as const;
type Field = (typeof FIELDS)[number];

interface Case {
  id: string;
  store: string;
  row: Record<string, unknown>;
  code: string | null;
  start: number;
  end: number;
  exact: boolean;
}

const APPAREL = { category: 'dresses', price: '99.00', title: '纯棉连衣裙', size_chart: true };
const FOOD = { price: '59.00', title: '每日坚果', qualifications: { sc: 'SC11833010600512', health_food: '国食健字G20200123' }, description: '本品不能代替药物' };

function place(field: Field, text: string, base: Record<string, unknown>): Record<string, unknown> {
  const value = PRE + text + POST;
  switch (field) {
    case 'title':
    case 'description':
      return { ...base, [field]: value };
    case 'attr-value':
      return { ...base, attributes: { 卖点: value } };
    case 'attr-key':
      return { ...base, attributes: { [value]: '是' } };
    case 'reason':
      return { ...base, after_sales: { seven_day_return: 'yes', reason: value } };
    case 'insert':
      return { ...base, inserts: [value] };
  }
}

/** The store and listing a term's set applies to (cosmetics terms have no demo store). */
function home(term: PolicyTerm): { store: string; base: Record<string, unknown> } | undefined {
  const classes = term.legalClasses;
  if (classes?.includes('cosmetics')) return undefined;
  if (term.store === 'demo-food' || (classes && !classes.includes('apparel'))) {
    return { store: 'demo-food', base: { ...FOOD, category: classes?.includes('food') ? 'nuts' : 'health-supplements' } };
  }
  return { store: 'demo-apparel', base: APPAREL };
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (c: Omit<Case, 'row'>, field: Field, text: string, base: Record<string, unknown>) =>
    out.push({ ...c, id: `${c.id} | ${field}`, row: place(field, text, { sku: `SW-${out.length}`, ...base }) });
  for (const e of evasions()) {
    const where = home(e.term);
    if (!where || notRead(e.family, e.technique)) continue;
    for (const field of e.html ? (['description'] as const) : FIELDS) {
      add({ id: `${e.family} | ${e.technique} | ${e.term.term}`, store: where.store, code: e.term.code, start: PRE.length, end: PRE.length + e.text.length, exact: !e.html }, field, e.text, where.base);
    }
  }
  for (const c of contactSamples()) {
    if (notRead(c.family, c.technique)) continue;
    for (const field of FIELDS) add({ id: `${c.family} | ${c.technique}`, store: 'demo-apparel', code: 'listing/contact-info', start: PRE.length, end: PRE.length + c.text.length, exact: false }, field, c.text, APPAREL);
  }
  for (const [family, texts] of Object.entries(HONEST_TEXTS)) {
    for (const text of texts) for (const field of FIELDS) add({ id: `honest ${family} | ${text}`, store: 'demo-apparel', code: null, start: 0, end: 0, exact: false }, field, text, APPAREL);
  }
  return out;
}

interface RowFinding {
  code: string;
  field: string;
  start?: number;
  end?: number;
}
const TEXT_CODES = new Set(['listing/banned-term', 'listing/claim', 'listing/review-inducement', 'listing/contact-info', 'listing/input']);

describe('evasion sweep (test/helpers/evasion-variants.ts) through check listing', () => {
  it('finds every variant in every field at the seller\'s characters, and no honest text', async () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(30_000);
    const problems: string[] = [];
    for (const store of ['demo-apparel', 'demo-food']) {
      const mine = all.filter((c) => c.store === store);
      const input = mine.map((c) => JSON.stringify(c.row)).join('\n') + '\n';
      const result = await repo.run(['check', 'listing', '-', '--store', `policies/${store}`, '--format', 'ndjson', '--fail-on', 'never'], input);
      const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { findings?: RowFinding[] });
      expect(rows).toHaveLength(mine.length);
      mine.forEach((c, i) => {
        const text = (rows[i]!.findings ?? []).filter((f) => TEXT_CODES.has(f.code));
        if (c.code === null) {
          if (text.length) problems.push(`false positive: ${c.id}: ${JSON.stringify(text)}`);
          return;
        }
        const hits = text.filter((f) => f.code === c.code);
        if (!hits.length) problems.push(`missed: ${c.id}`);
        else if (!hits.some((f) => (c.exact ? f.start === c.start && f.end === c.end : f.start! >= c.start && f.end! <= c.end && f.end! > f.start!))) {
          problems.push(`misplaced: ${c.id}: want ${c.start}-${c.end}, got ${JSON.stringify(hits.map((f) => [f.start, f.end]))}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});

// Beside the sweep: the precision side of the words the red team taught the
// scanner, and the encodings it must not read as nothing.
describe('the words of the sweep, in honest copy', () => {
  const base = { sku: 'DRS-040', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };
  const check = async (row: object) => {
    const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], `${JSON.stringify(row)}\n`);
    const body = JSON.parse(result.stdout) as { diagnostics: { code: string }[] };
    return { code: result.code, found: body.diagnostics.filter((d) => d.code !== 'listing/images') };
  };

  it('the same words without an id or a number stay silent', async () => {
    const description = '企鹅造型抱枕 蔻蔻色 绿泡泡水杯 V领 扣群 ⑴ 款式 参数 两件 拐角 勾边 洞洞鞋 尺码 170/92A。尺码：155，160，165，170；价格：138，1234，5678，9999；微信支付 Visa card';
    const { code, found } = await check({ ...base, description });
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });

  it('hidden text is still read, apart: a hidden term is found at its characters and does not join the visible text', async () => {
    const description = '全网最<span hidden>低价</span> <span style="display:none">加微信 gardenia888</span>';
    const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'ndjson'], `${JSON.stringify({ ...base, description })}\n`);
    const row = JSON.parse(result.stdout) as { findings: { code: string; start: number; end: number }[] };
    const at = description.indexOf('微信 gardenia888');
    expect(row.findings.filter((f) => f.code !== 'listing/images').map((f) => [f.code, f.start, f.end])).toEqual([['listing/contact-info', at, at + '微信 gardenia888'.length]]);
  });

  it('a UTF-16 export is refused with a clear message, never read as empty', async () => {
    const text = '宝贝名称,商家编码,类目,宝贝价格\r\n全网最低,DRS-032,dresses,99.00\r\n';
    writeFileSync(path.join(repo.root, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await repo.run(['check', 'listing', 'utf16.csv', '--store', 'policies/demo-apparel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('UTF-16');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
