import { describe, expect, it } from 'vitest';
import { compileListingChecker } from '../../../src/listing/index.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { BASE_YAML, COMPLIANCE_YAML, findings, STORE_YAML } from '../../listing/_fixture.js';

/** A base that does not make phone detection law, and a store that switches it off. */
const PHONE_OFF = {
  'p/_base/cn-regulations.yaml': `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: _base, name: cn-regulations}
spec:
  contact_info: {law: false, phone: true}
`,
  'p/demo/compliance.yaml': `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
  contact_info: {phone: false}
`,
};

const CODE = 'listing/contact-info';
/** The description is line 9; its text starts at column 16 (after `  description: `). */
const withDescription = (description: string) =>
  `  sku: DRS-001\n  title: 夏季连衣裙\n  category: dresses\n  price: 199\n  description: ${description}\n`;

describe(CODE, () => {
  it.each([
    { name: 'a plain mobile number', text: '咨询电话13812345678', id: 'phone', from: 4, to: 15 },
    { name: 'a dashed mobile number', text: '电话 138-1234-5678 随时', id: 'phone', from: 3, to: 16 },
    { name: 'a spaced mobile number', text: '电话 138 1234 5678', id: 'phone', from: 3, to: 16 },
    { name: 'full-width digits', text: '电话１３８１２３４５６７８', id: 'phone', from: 2, to: 13 },
    { name: 'spelt in Chinese numerals', text: '电话一三八一二三四五六七八', id: 'phone', from: 2, to: 13 },
    { name: 'a +86 number', text: '电话 +86 13812345678', id: 'phone', from: 4, to: 18 },
    { name: 'a WeChat id after 微信号：', text: '售后微信号：shop_2026a', id: 'wechat', from: 2, to: 16 },
    { name: 'a WeChat id after VX', text: '加VX shopgirl88 领券', id: 'wechat', from: 1, to: 14 },
    { name: 'a WeChat id after full-width ＶＸ', text: 'ＶＸ：ｓｈｏｐｇｉｒｌ８８', id: 'wechat', from: 0, to: 13 },
    { name: 'a WeChat id after wx glued', text: 'wx:abc12345', id: 'wechat', from: 0, to: 11 },
    { name: 'a QQ number', text: '客服QQ：123456789', id: 'qq', from: 2, to: 14 },
    { name: 'a QQ number glued to QQ', text: '加QQ2851234567', id: 'qq', from: 1, to: 13 },
    { name: 'a WeChat id glued to vx', text: '加vxabc_12345', id: 'wechat', from: 0, to: 12 },
    { name: 'a QQ number after 扣扣', text: '扣扣 88886666', id: 'qq', from: 0, to: 11 },
    { name: 'a number right after a Chinese numeral word', text: '一件13812345678', id: 'phone', from: 2, to: 13 },
    { name: 'a number right before a Chinese numeral word', text: '电话13812345678一位', id: 'phone', from: 2, to: 13 },
    { name: 'digits and numerals mixed as a disguise', text: '电话1三8 1234 5678', id: 'phone', from: 2, to: 15 },
    { name: 'a keyword without an id', text: '详情请加微信咨询', id: 'keyword', from: 3, to: 6 },
  ])('reports $name', ({ text, id, from, to }) => {
    expect(findings(withDescription(text), CODE)).toEqual([
      { messageId: id, severity: 'error', line: 9, column: 16 + from, endLine: 9, endColumn: 16 + to },
    ]);
  });

  it.each([
    ['sizes', '尺码 160/84A 165/88A 170/92A 175/96A'],
    ['a size row', 'S M L XL 155 160 165 170'],
    ['prices', '原价 1380.00 现价 1299.99 元'],
    ['a date and a time', '2026-11-11 20:00 开售，2026年11月11日'],
    ['an order number', '订单号 202611111234567890'],
    ['a model number', '型号 AB-13812-345 款号 K1381234567X'],
    ['a long barcode', '条码 6901234567892'],
    ['WeChat Pay, not an id', '支持微信支付和支付宝'],
    ['quantities in Chinese numerals', '一件八折，两件七折，三件六折'],
    ['a 12-digit number starting 13', '批次 138123456789'],
    ['QQ as part of a product name', 'QQ糖 软糖 500g'],
  ])('does not report %s', (_name, text) => {
    expect(findings(withDescription(text), CODE)).toEqual([]);
  });

  it('reports a phone number in the title at its characters', () => {
    const body = '  sku: DRS-001\n  title: "连衣裙 批发请联系 139 0000 1111"\n  category: dresses\n  price: 199\n';
    expect(findings(body, CODE)).toEqual([{ messageId: 'phone', severity: 'error', line: 6, column: 21, endLine: 6, endColumn: 34 }]);
  });

  it('can be switched off per detector by the store when the base does not make it law', () => {
    expect(findings(withDescription('电话13812345678'), CODE, PHONE_OFF)).toEqual([]);
  });
});

// Landlines and 400/800 hotlines, through the checker API: code, message id,
// UTF-16 span and the excerpt the finding quotes, for every true and false case.
const checker = compileListingChecker(
  loadFixture({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }).set.stores[0]!,
  { rules: [CODE] },
);

/** The contact-info findings of a listing whose description is `description`, with the text each one points at. */
function contactFindings(description: string) {
  return checker.check({ sku: 'DRS-001', title: '夏季连衣裙', category: 'dresses', price: 199, description }).map((f) => ({
    code: f.code,
    messageId: f.messageId,
    start: f.start,
    end: f.end,
    excerpt: description.slice(f.start, f.end),
    value: f.params.value,
  }));
}

const at = (messageId: string, text: string, excerpt: string, from = 0) => {
  const start = text.indexOf(excerpt, from);
  if (start < 0) throw new Error(`"${excerpt}" is not in "${text}"`);
  return { code: CODE, messageId: `${CODE}.${messageId}`, start, end: start + excerpt.length, excerpt, value: excerpt };
};

describe(`${CODE}: landlines and 400/800 hotlines`, () => {
  it.each([
    { name: 'area code and number with a dash', text: '批发请致电 0571-86668888 谢谢', excerpt: '0571-86668888', start: 6, end: 19 },
    { name: 'the area code in brackets', text: '电话(0571)86668888', excerpt: '(0571)86668888', start: 2, end: 16 },
    { name: 'full-width brackets and a spaced local number', text: '电话：（021）6234 5678', excerpt: '（021）6234 5678', start: 3, end: 17 },
    { name: 'brackets, then a space and a split local number', text: '电话 (0571) 8666 8888', excerpt: '(0571) 8666 8888', start: 3, end: 19 },
    { name: 'brackets, then a dash', text: '(0571)-86668888', excerpt: '(0571)-86668888', start: 0, end: 15 },
    { name: 'a Beijing number in spaced groups', text: '北京 010 8888 6666', excerpt: '010 8888 6666', start: 3, end: 16 },
    { name: 'a 4-digit area code and a 7-digit number', text: '深圳0755-8123456', excerpt: '0755-8123456', start: 2, end: 14 },
    { name: 'a compact number', text: '电话 057186668888', excerpt: '057186668888', start: 3, end: 15 },
    { name: 'a 400 hotline 3-3-4', text: '客服热线 400-820-8820', excerpt: '400-820-8820', start: 5, end: 17 },
    { name: 'a compact 400 hotline', text: '热线4008208820', excerpt: '4008208820', start: 2, end: 12 },
    { name: 'an 800 hotline 3-4-3', text: '免费热线 800-8208-820', excerpt: '800-8208-820', start: 5, end: 17 },
    { name: 'a 400 hotline 3-7', text: '400 8208820 全国统一', excerpt: '400 8208820', start: 0, end: 11 },
    { name: 'an extension after 转, left out', text: '总机 0571-86668888转123', excerpt: '0571-86668888', start: 3, end: 16 },
    { name: 'an extension after a dash, left out', text: '总机 0571-86668888-123', excerpt: '0571-86668888', start: 3, end: 16 },
    { name: 'a hotline extension, left out', text: '400-820-8820转2', excerpt: '400-820-8820', start: 0, end: 12 },
    { name: 'full-width digits and dash', text: '电话０５７１－８６６６８８８８', excerpt: '０５７１－８６６６８８８８', start: 2, end: 15 },
    { name: 'spelt in Chinese numerals', text: '电话零五七一-八六六六八八八八', excerpt: '零五七一-八六六六八八八八', start: 2, end: 15 },
    { name: 'an em dash', text: '0571—86668888', excerpt: '0571—86668888', start: 0, end: 13 },
    { name: 'single digits spaced out', text: '电话 0 5 7 1 8 6 6 6 8 8 8 8', excerpt: '0 5 7 1 8 6 6 6 8 8 8 8', start: 3, end: 26 },
    { name: 'a number right after a Chinese numeral word', text: '一件0571-86668888', excerpt: '0571-86668888', start: 2, end: 15 },
    { name: 'a number right before a Chinese numeral word', text: '电话0571-86668888一位', excerpt: '0571-86668888', start: 2, end: 15 },
    { name: 'a +86 number without the 0', text: '电话 +86 571 86668888', excerpt: '86 571 86668888', start: 4, end: 19 },
    { name: 'a +86 Beijing number', text: 'Tel +86-10-8888-6666', excerpt: '86-10-8888-6666', start: 5, end: 20 },
  ])('reports $name', ({ text, excerpt, start, end }) => {
    expect(contactFindings(text)).toEqual([{ code: CODE, messageId: `${CODE}.landline`, start, end, excerpt, value: excerpt }]);
  });

  it.each([
    {
      name: 'a landline and a mobile number in one run, each once',
      text: '电话 0571-86668888 13812345678',
      expected: (t: string) => [at('landline', t, '0571-86668888'), at('phone', t, '13812345678')],
    },
    { name: 'a mobile number holding 0571 as a mobile only', text: '致电 138 0571 2468', expected: (t: string) => [at('phone', t, '138 0571 2468')] },
    { name: 'a mobile number after a bracketed area code as a mobile only', text: '(0571)13812345678', expected: (t: string) => [at('phone', t, '13812345678')] },
    { name: 'a 10-digit QQ number starting 400 as a QQ number only', text: '客服QQ：4008208820', expected: (t: string) => [at('qq', t, 'QQ：4008208820')] },
    {
      name: 'two landlines apart',
      text: '杭州0571-86668888，上海（021）6234 5678',
      expected: (t: string) => [at('landline', t, '0571-86668888'), at('landline', t, '（021）6234 5678')],
    },
  ])('reports $name', ({ text, expected }) => {
    expect(contactFindings(text)).toEqual(expected(text));
  });

  it.each([
    ['sizes', '尺码S-XL，160/84A 165/88A，模特身高175cm'],
    ['US sizes', '美码 00 0 2 4 6 8 10 12'],
    ['prices', '原价¥1999.00 现价3999元 到手价0.99'],
    ['dates', '2026-11-11 开售，2026.11.11 截止，批次20261111'],
    ['opening hours', '客服时间 09:00-21:00'],
    ['a phone model', 'iPhone 15 手机壳'],
    ['standard numbers', '执行标准 GB/T 18401-2010，包装符合 GB 23350-2021'],
    ['a food production licence', '生产许可证 SC11233010600123'],
    ['an article number with a letter', '货号 0571-2023A'],
    ['an article number glued to letters', '型号AB0571-86668888'],
    ['an article number behind a slash', '企业标准 Q/0571-86668888'],
    ['an EAN-13 bar code', '条码 6901234567892'],
    ['an order number of 16 digits starting 0', '订单号 0571866688881234'],
    ['an order number of 13 digits starting 400', '订单号 4008208820123'],
    ['quantities', '满400减40，满800减100，库存 4000 件，800 克'],
    ['an area code alone', '发货地区号(0571)，杭州'],
    ['a local number too short', '分机 0571-2468'],
    ['a local number starting 1', '0755-1234567'],
    ['colour numbers', '色号 01 02 03 04 05'],
    ['a decimal', '比例 0571-86668888.5'],
    ['a 400 number with a unit glued', '4008208820kg'],
    ['three groups that are not 3-3-4 or 3-4-3', '800-1000-1200'],
  ])('does not report %s', (_name, text) => {
    expect(contactFindings(text)).toEqual([]);
  });

  it('reports a landline in the title at its line and column', () => {
    const body = '  sku: DRS-001\n  title: "连衣裙 批发热线 0571-86668888"\n  category: dresses\n  price: 199\n';
    expect(findings(body, CODE)).toEqual([{ messageId: 'landline', severity: 'error', line: 6, column: 20, endLine: 6, endColumn: 33 }]);
  });

  it('is switched off with the phone detector', () => {
    expect(findings(withDescription('电话 0571-86668888 热线 400-820-8820'), CODE, PHONE_OFF)).toEqual([]);
  });

  // A quadratic scan of this runs for minutes: the test timeout is the guard, not a timing assertion.
  it('stays linear on long runs of digits, separators and brackets', { timeout: 20_000 }, () => {
    const hostile = '(0'.repeat(50_000) + '(0571)'.repeat(20_000) + '0-'.repeat(50_000) + '0 5 7 1 '.repeat(20_000);
    expect(contactFindings(hostile)).toEqual([]);
  });
});

// A mobile number with more of its run after it: through the checker API,
// each number once at its own characters, and what must stay silent silent.
describe(`${CODE}: several numbers in one run`, () => {
  const found = (text: string, list: [string, number, string][]) =>
    list.map(([messageId, start, excerpt]) => {
      expect(text.slice(start, start + excerpt.length)).toBe(excerpt);
      return { code: CODE, messageId: `${CODE}.${messageId}`, start, end: start + excerpt.length, excerpt, value: excerpt };
    });

  it.each<{ name: string; text: string; numbers: [string, number, string][] }>([
    { name: 'two mobiles after one space', text: '电话13812345678 13912345678', numbers: [['phone', 2, '13812345678'], ['phone', 14, '13912345678']] },
    { name: 'two mobiles after a dash', text: '13812345678-13912345678', numbers: [['phone', 0, '13812345678'], ['phone', 12, '13912345678']] },
    { name: 'two spaced 3-4-4 mobiles', text: '手机 138 1234 5678 139 1234 5678', numbers: [['phone', 3, '138 1234 5678'], ['phone', 17, '139 1234 5678']] },
    { name: 'a mobile then a landline', text: '电话13812345678 0571-86668888', numbers: [['phone', 2, '13812345678'], ['landline', 14, '0571-86668888']] },
    { name: 'a mobile then a landline after a dash', text: '13812345678-0571-86668888', numbers: [['phone', 0, '13812345678'], ['landline', 12, '0571-86668888']] },
    { name: 'a mobile then a hotline', text: '13812345678 400-820-8820', numbers: [['phone', 0, '13812345678'], ['landline', 12, '400-820-8820']] },
    { name: 'a mobile then a quantity', text: '联系13812345678 2件起批', numbers: [['phone', 2, '13812345678']] },
    { name: 'a +86 mobile then another', text: '+86 13812345678 13912345678', numbers: [['phone', 1, '86 13812345678'], ['phone', 16, '13912345678']] },
    { name: 'mobiles in Chinese numerals', text: '一三八一二三四五六七八 一三九一二三四五六七八', numbers: [['phone', 0, '一三八一二三四五六七八'], ['phone', 12, '一三九一二三四五六七八']] },
    { name: 'full-width mobiles after a full-width dash', text: '１３８１２３４５６７８－１３９１２３４５６７８', numbers: [['phone', 0, '１３８１２３４５６７８'], ['phone', 12, '１３９１２３４５６７８']] },
    { name: 'two landlines after a dash', text: '总机0571-86668888-0755-8123456', numbers: [['landline', 2, '0571-86668888'], ['landline', 16, '0755-8123456']] },
    { name: 'a spelt-out mobile then a compact one', text: '1 3 8 1 2 3 4 5 6 7 8 13912345678', numbers: [['phone', 0, '1 3 8 1 2 3 4 5 6 7 8'], ['phone', 22, '13912345678']] },
  ])('reports $name', ({ text, numbers }) => {
    expect(contactFindings(text)).toEqual(found(text, numbers));
  });

  it.each([
    ['22 digits written compact: an order number', '订单号 1381234567813912345678'],
    ['12 spelt-out digits', '编号 1 3 8 1 2 3 4 5 6 7 8 9'],
    ['a batch number then a quantity', '批次 138123456789 2'],
    ['a price list', '价格 1399 1599 199 99'],
    ['groups of four', '物流单号 1381 2345 6789 0123'],
    ['3-4-5 groups', '138 1234 56789 139'],
    ['a model number then a quantity', '型号 AB-13812-345 6'],
  ])('does not report %s', (_name, text) => {
    expect(contactFindings(text)).toEqual([]);
  });

  it('reports the second mobile of a run in the title at its line and column', () => {
    const body = '  sku: DRS-001\n  title: "连衣裙 批发 13812345678 13912345678"\n  category: dresses\n  price: 199\n';
    expect(findings(body, CODE)).toEqual([
      { messageId: 'phone', severity: 'error', line: 6, column: 18, endLine: 6, endColumn: 29 },
      { messageId: 'phone', severity: 'error', line: 6, column: 30, endLine: 6, endColumn: 41 },
    ]);
  });
});
