import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "listing text a buyer reads and the checker did not" (the
// red team's sweep, test/helpers/evasion-variants.ts): each row below passed
// `check listing` with no finding on the main it was found on. Each is now
// found by its rule, from the first to the last character the seller wrote
// (line and column in the NDJSON file).

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const base = { sku: 'DRS-030', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };

interface Located {
  code: string;
  pointer: string;
  line: number;
  column: number;
  endColumn: number;
}

async function check(row: object): Promise<{ code: number; line: string; found: Located[] }> {
  const line = JSON.stringify(row);
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], `${line}\n`);
  const body = JSON.parse(result.stdout) as { diagnostics: Located[] };
  const found = body.diagnostics.filter((d) => d.code !== 'listing/images').map(({ code, pointer, line: l, column, endColumn }) => ({ code, pointer, line: l, column, endColumn }));
  return { code: result.code, line, found };
}

/** The finding expected at `excerpt` of the JSON line (1-based columns, end exclusive). */
const at = (line: string, code: string, pointer: string, excerpt: string): Located => {
  const start = line.indexOf(excerpt);
  expect(start, `${excerpt} is in the line`).toBeGreaterThanOrEqual(0);
  return { code, pointer, line: 1, column: start + 1, endColumn: start + excerpt.length + 1 };
};

describe('fail closed: banned terms written with characters the normaliser did not read', () => {
  it.each([
    ['squared letters (U+1F130 block, which NFKC reads but the copy never saw)', '爆款 🄽🄾.1 现货', '🄽🄾.1'],
    ['negative squared letters (no decomposition)', '爆款 🆃🅾🅿1 现货', '🆃🅾🅿1'],
    ['negative circled letters (no decomposition)', '爆款 🅝🅞.1 现货', '🅝🅞.1'],
    ['丨 used as a bar between the characters', '春装 全丨网丨最丨低 包邮', '全丨网丨最丨低'],
    ['丶 between the characters', '春装 全丶网丶最丶低 包邮', '全丶网丶最丶低'],
    ['a trade mark sign between the characters (NFKC reads it as letters)', '春装 全™网最™低 包邮', '全™网最™低'],
  ])('%s', async (_name, title, excerpt) => {
    const { code, line, found } = await check({ ...base, title });
    expect(code).toBe(1);
    expect(found).toEqual([at(line, 'listing/banned-term', '/title', excerpt)]);
  });
});

describe('fail closed: HTML attributes a buyer sees are read (alt, title, placeholder, aria-label)', () => {
  it.each([
    ['an image alt text', '<p>详情</p><img src="a.jpg" alt="全网最低">', '全网最低'],
    ['a tooltip title', '<span title="好评返现">详情</span>', '好评返现'],
    ['an alt text in entities', '<img src="a.jpg" alt="&#20840;&#32593;&#26368;&#20302;">', '&#20840;&#32593;&#26368;&#20302;'],
    ['a placeholder', '<input placeholder="加微信 gardenia888">', '微信 gardenia888'],
  ])('%s', async (_name, description, excerpt) => {
    const { code, line, found } = await check({ ...base, description });
    expect(code).toBe(1);
    const codeOf = excerpt.includes('好评') ? 'listing/review-inducement' : excerpt.includes('微信') ? 'listing/contact-info' : 'listing/banned-term';
    expect(found).toEqual([at(line, codeOf, '/description', excerpt)]);
  });

  it.each([
    ['display:none', "全<span style='display:none'>x</span>网最低", "全<span style='display:none'>x</span>网最低"],
    ['the hidden attribute', '售后：138<span hidden>0</span>1234<span hidden>9</span>5678', '138<span hidden>0</span>1234<span hidden>9</span>5678'],
    ['font-size:0', "好<span style='FONT-SIZE: 0px'>·</span>评<span style=font-size:0>哦</span>返现", "好<span style='FONT-SIZE: 0px'>·</span>评<span style=font-size:0>哦</span>返现"],
  ])('filler hidden by %s does not split the text around it', async (_name, description, excerpt) => {
    const { code, line, found } = await check({ ...base, description });
    expect(code).toBe(1);
    const codeOf = excerpt.startsWith('好') ? 'listing/review-inducement' : excerpt.startsWith('138') ? 'listing/contact-info' : 'listing/banned-term';
    expect(found).toEqual([at(line, codeOf, '/description', excerpt)]);
  });

  it('attributes nobody sees stay unread', async () => {
    const description = '<p data-note="全网最低" class="最好" style="font:顶级">详情</p><img alt="最低价格" src="x.jpg">';
    const { code, line, found } = await check({ ...base, description });
    expect(found).toEqual([at(line, 'listing/banned-term', '/description', '最低价')]);
    expect(code).toBe(1);
  });
});

describe('fail closed: contact details written in ways the scanner did not read', () => {
  it.each([
    ['QQ号码 before the number', '售后QQ号码：2851234567', 'QQ号码：2851234567'],
    ['企鹅 with a space, no colon', '售后 企鹅 2851234567', '企鹅 2851234567'],
    ['扣群', '进扣群 2851234567', '扣群 2851234567'],
    ['蔻蔻 (a homophone of 扣扣)', '蔻蔻：2851234567', '蔻蔻：2851234567'],
    ['+V for 加V', '领券 +V gardenia888', '+V gardenia888'],
    ['a heart in place of the colon after V', '领券 V❤gardenia888', 'V❤gardenia888'],
    ['魏信 (a homophone of 微信)', '魏信：gardenia888', '魏信：gardenia888'],
    ['绿泡泡 (slang for WeChat)', '绿泡泡 gardenia888', '绿泡泡 gardenia888'],
    ['a zero-width space inside the WeChat id', '微信：garden\u200bia888', '微信：garden\u200bia888'],
    ['parenthesized digits', '售后 ⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻', '⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻'],
    ['parenthesized ideographs', '售后 ㈠㈢㈧㈠㈡㈢㈣㈤㈥㈦㈧', '㈠㈢㈧㈠㈡㈢㈣㈤㈥㈦㈧'],
    ['Suzhou numerals', '售后 〡〣〨〡〢〣〤〥〦〧〨', '〡〣〨〡〢〣〤〥〦〧〨'],
    ['Traditional financial numerals with 參', '售後 壹參捌壹貳參肆伍陸柒捌', '壹參捌壹貳參肆伍陸柒捌'],
    ['radio readings 幺 两 拐', '售后 幺三八幺两三四五六拐八', '幺三八幺两三四五六拐八'],
    ['丶 between digit groups', '售后 138丶1234丶5678', '138丶1234丶5678'],
    ['digit groups between commas', '联系：138，1234，5678', '138，1234，5678'],
    ['digit groups between 、 in financial numerals', '联系 壹叁捌、壹贰叁肆、伍陆柒捌', '壹叁捌、壹贰叁肆、伍陆柒捌'],
    ['digit groups on lines of their own', '<p>售后</p><p>138</p><p>1234</p><p>5678</p>', '138</p><p>1234</p><p>5678'],
    ['digit groups between <br>', '售后 138<br>1234<br>5678', '138<br>1234<br>5678'],
    ['the letter O for a zero', '电话 138 1234 567O', '138 1234 567O'],
    ['the letter l for a one', '电话 l38 l234 5678', 'l38 l234 5678'],
    ['the Cyrillic З for a three', '电话 1З8 1234 5678', '1З8 1234 5678'],
    ['ID between the keyword and the id', '微信 ID：gardenia888', '微信 ID：gardenia888'],
    ['账号 between the keyword and the id', 'VX账号：gardenia888', 'VX账号：gardenia888'],
    ['搜索 between the keyword and the id', '微信搜索 gardenia888', '微信搜索 gardenia888'],
  ])('%s', async (_name, description, excerpt) => {
    const { code, line, found } = await check({ ...base, description });
    expect(code).toBe(1);
    // decoded columns: JSON.stringify keeps these characters as they are, so the line is the text
    expect(found).toEqual([at(line, 'listing/contact-info', '/description', excerpt)]);
  });
});

describe('fail closed: evasions in a GB18030 export, in the columns a buyer sees', () => {
  it('Traditional, alt text and a spelt-out number in 宝贝描述 and 销售属性别名 are found at their line and column', async () => {
    const header = '宝贝名称,商家编码,类目,宝贝价格,宝贝描述,销售属性别名,尺码表';
    const record = '纯棉连衣裙,DRS-031,dresses,99.00,"<img alt=""全網最低"" src=x.jpg>",1627207:28320:白色丶售后〡〣〨〡〢〣〤〥〦〧〨,是';
    writeFileSync(path.join(repo.root, 'export.csv'), iconv.encode(`${header}\r\n${record}\r\n`, 'gb18030'));
    const result = await repo.run(['check', 'listing', 'export.csv', '--store', 'policies/demo-apparel', '--encoding', 'gb18030', '--format', 'json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { diagnostics: Located[] };
    const text = body.diagnostics.filter((d) => d.code === 'listing/banned-term' || d.code === 'listing/contact-info');
    const col = (s: string) => record.indexOf(s) + 1;
    expect(text.map(({ code, line, column, endColumn }) => ({ code, line, column, endColumn }))).toEqual([
      { code: 'listing/banned-term', line: 2, column: col('全網最低'), endColumn: col('全網最低') + 4 },
      { code: 'listing/contact-info', line: 2, column: col('〡〣〨'), endColumn: col('〡〣〨') + 11 },
    ]);
  });
});
