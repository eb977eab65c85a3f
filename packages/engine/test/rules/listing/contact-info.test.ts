import { describe, expect, it } from 'vitest';
import { findings } from '../../listing/_fixture.js';

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
    const base = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: _base, name: cn-regulations}
spec:
  contact_info: {law: false, phone: true}
`;
    const compliance = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
  contact_info: {phone: false}
`;
    expect(findings(withDescription('电话13812345678'), CODE, { 'p/_base/cn-regulations.yaml': base, 'p/demo/compliance.yaml': compliance })).toEqual([]);
  });
});
