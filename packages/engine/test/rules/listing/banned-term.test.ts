import { describe, expect, it } from 'vitest';
import { BASE_YAML, checkListing, findings } from '../../listing/_fixture.js';

const CODE = 'listing/banned-term';
const base = (title: string, extra = '') =>
  `  sku: DRS-001\n  title: ${title}\n  category: dresses\n  price: 199\n${extra}`;

describe(CODE, () => {
  it.each([
    { name: 'plain scalar: the span of 全网最低', title: '夏季连衣裙 全网最低', at: [6, 16, 6, 20] },
    { name: 'double quoted: column after the opening quote', title: '"显瘦 第一 连衣裙"', at: [6, 14, 6, 16] },
    { name: 'full-width ＮＯ．１ matches NO.1', title: '"ＮＯ．１爆款连衣裙"', at: [6, 11, 6, 15] },
    { name: 'lower-case no.1 matches NO.1', title: 'no.1爆款连衣裙', at: [6, 10, 6, 14] },
    { name: 'escapes before the term shift the column', title: '"\\u590f\\u5b63 最好的面料"', at: [6, 24, 6, 26] },
    { name: 'single-quoted with a doubled quote', title: "'It''s 顶级 cotton'", at: [6, 17, 6, 19] },
  ])('$name', ({ title, at }) => {
    expect(findings(base(title), CODE)).toEqual([
      { messageId: 'found', severity: 'error', line: at[0], column: at[1], endLine: at[2], endColumn: at[3] },
    ]);
  });

  it('finds terms in a block-scalar description, at the line and column of the characters', () => {
    const body = base('夏季连衣裙', '  description: |\n    面料柔软。\n    这是史无前例的设计。\n');
    expect(findings(body, CODE)).toEqual([{ messageId: 'found', severity: 'error', line: 11, column: 7, endLine: 11, endColumn: 11 }]);
  });

  it('finds terms in attribute values', () => {
    const body = base('夏季连衣裙', '  attributes:\n    品质: 极品\n');
    expect(findings(body, CODE)).toEqual([{ messageId: 'found', severity: 'error', line: 10, column: 9, endLine: 10, endColumn: 11 }]);
  });

  it('finds terms in attribute keys, at the characters of the key (the name is shown to buyers too)', () => {
    const body = base('夏季连衣裙', '  attributes:\n    全网最低价: 是\n    材质: 棉\n');
    expect(findings(body, CODE)).toEqual([{ messageId: 'found', severity: 'error', line: 10, column: 5, endLine: 10, endColumn: 10 }]);
  });

  it('finds terms in a quoted attribute key and its value, each at its own characters', () => {
    const body = base('夏季连衣裙', '  attributes:\n    "顶级面料": 国家级\n');
    expect(findings(body, CODE)).toEqual([
      { messageId: 'found', severity: 'error', line: 10, column: 6, endLine: 10, endColumn: 8 },
      { messageId: 'found', severity: 'error', line: 10, column: 13, endLine: 10, endColumn: 16 },
    ]);
  });

  it('finds terms in the after-sales reason shown to buyers', () => {
    const body = base('夏季连衣裙', '  after_sales: {seven_day_return: yes, reason: 全网最低价不退换}\n');
    expect(findings(body, CODE)).toEqual([{ messageId: 'found', severity: 'error', line: 9, column: 48, endLine: 9, endColumn: 53 }]);
  });

  it.each([
    ['allow-listed compound 第一次', '第一次穿就爱上的连衣裙'],
    ['allow-listed compound 第一时间', '下单后第一时间发货'],
    ['NO.1 inside a longer model number', '型号NO.12连衣裙'],
    ['ordinary superlative-free copy', '纯棉连衣裙 夏季新款 显瘦'],
  ])('does not report %s', (_name, title) => {
    expect(findings(base(title), CODE)).toEqual([]);
  });

  it('reports the longer term once, not the shorter one inside it', () => {
    // 全网最低 contains no other term; 全网第一 contains 第一: reported once as 全网第一.
    expect(findings(base('全网第一的连衣裙'), CODE)).toEqual([
      { messageId: 'found', severity: 'error', line: 6, column: 10, endLine: 6, endColumn: 14 },
    ]);
  });

  it('uses store term sets added next to the base', () => {
    const compliance = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
  term_sets:
    - id: store-extra
      severity: warning
      source: 店铺规定
      terms: [秒杀价]
`;
    expect(findings(base('秒杀价连衣裙'), CODE, { 'p/demo/compliance.yaml': compliance })).toEqual([
      { messageId: 'found', severity: 'warning', line: 6, column: 10, endLine: 6, endColumn: 13 },
    ]);
  });

  describe('severity never drops by overlap (SPEC section 9)', () => {
    const storeSet = (terms: string, severity = 'warning') => ({
      'p/demo/compliance.yaml': `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
  term_sets:
    - id: store-hype
      severity: ${severity}
      source: 店铺规定
      terms: [${terms}]
`,
    });
    const sets = (title: string, terms: string, severity?: string) =>
      checkListing(base(title), storeSet(terms, severity))
        .filter((d) => d.code === CODE)
        .map((d) => ({ severity: d.severity, set: d.params.set, term: d.params.term, column: d.column, endColumn: d.endColumn }));

    it('a store warning term overlapping law terms: the law part stays an error (秒杀全网 + 全网最低价)', () => {
      // title column 10 is the first character after `  title: `
      expect(sets('连衣裙 秒杀全网最低价', '秒杀全网')).toEqual([
        { severity: 'warning', set: 'store-hype', term: '秒杀全网', column: 14, endColumn: 18 },
        { severity: 'error', set: 'ad-law-absolute', term: '全网最低价', column: 16, endColumn: 21 },
      ]);
    });

    it('a store warning term containing a law term does not hide it', () => {
      expect(sets('全网最低价格连衣裙', '全网最低价格')).toEqual([
        { severity: 'error', set: 'ad-law-absolute', term: '全网最低价', column: 10, endColumn: 15 },
        { severity: 'warning', set: 'store-hype', term: '全网最低价格', column: 10, endColumn: 16 },
      ]);
    });

    it('a store term equal to a law term reports the law, once', () => {
      expect(sets('极品连衣裙', '极品', 'info')).toEqual([{ severity: 'error', set: 'ad-law-absolute', term: '极品', column: 10, endColumn: 12 }]);
      expect(sets('极品连衣裙', '极品', 'error')).toEqual([{ severity: 'error', set: 'ad-law-absolute', term: '极品', column: 10, endColumn: 12 }]);
    });

    it('a store error term around a law term reports both at error, the law with its own source', () => {
      expect(sets('顶级面料连衣裙', '顶级面料', 'error')).toEqual([
        { severity: 'error', set: 'ad-law-absolute', term: '顶级', column: 10, endColumn: 12 },
        { severity: 'error', set: 'store-hype', term: '顶级面料', column: 10, endColumn: 14 },
      ]);
    });
  });

  it('relates each finding to the term in the base file', () => {
    const [finding] = checkListing(base('夏季连衣裙 全网最低')).filter((d) => d.code === CODE);
    const line = BASE_YAML.split('\n').indexOf('        - 全网最低') + 1;
    expect(line).toBeGreaterThan(0);
    expect(finding?.related).toMatchObject([
      { file: 'p/_base/cn-regulations.yaml', line, column: 11, messageId: 'listing/banned-term.setHere', params: { set: 'ad-law-absolute' } },
    ]);
  });
});
