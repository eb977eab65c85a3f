import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from '../fail-closed/_law-repo.js';

// Precision (SPEC sections 6 and 10): honest compounds that contain a law term
// but make no absolute claim stay silent. 《广告绝对化用语执法指南》 (国家市场监督管理总局,
// 2023) lists these uses: order or time only, consumer hints about use or storage,
// grades of a national or industry standard, product names, and honours conferred
// by the state. The baseline allow-lists them as exact compounds
// (policies/_base/cn-regulations.yaml); the bypass side is fail-closed/law-allow.test.ts.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const base = { sku: 'DRS-021', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };
const check = async (description: string) => {
  const line = `${JSON.stringify({ ...base, description })}\n`;
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], line);
  return { code: result.code, line, found: findings(result).filter((f) => f.pointer === '/description') };
};

describe('honest compounds that contain a law term stay silent', () => {
  it.each([
    // order or time only
    ['第二件半价 第一件原价'],
    ['第一代产品已停产，现为第二代'],
    ['首个字母大写的刻字请备注'],
    ['每月首个工作日统一发货'],
    ['首次购买送小样，首单包邮'],
    // consumer hints about use or storage
    ['最佳赏味期为开封后7天'],
    ['最佳食用期：生产日期起90天内'],
    ['最佳饮用期3年，最佳饮用温度8-10℃'],
    ['最佳食用温度4℃'],
    // grades of a standard (特级/一级 are not terms at all)
    ['特级初榨橄榄油，一级压榨'],
    // product names
    ['万能胶 2支装'],
    ['数字万能表 自动量程'],
    // identification codes
    ['每件附唯一码，可扫码验真'],
    ['唯一识别码见吊牌，医疗器械唯一标识码见外包装'],
    // honours conferred by the state
    ['国家级非遗传承人手工缝制'],
    ['国家级非遗代表性传承人监制'],
    ['苏绣是国家级非物质文化遗产'],
    // Traditional characters read the same
    ['第二件半價 第一件原價，最佳賞味期7天'],
  ])('%s', async (description) => {
    const { code, found } = await check(description);
    expect(found).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('an allow entry covers only its own characters', () => {
  it.each([
    // a law term wrapped around the start of the compound
    ['全网第一代', '全网第一'],
    ['销量第一件', '销量第一'],
    // the compound split by text the buyer does not see: no compound is read
    ['<p>最佳<span hidden>赏味期</span>产品</p>', '最佳'],
    // a near miss of the compound is not the compound
    ['最佳赏味', '最佳'],
    ['唯一识别', '唯一'],
  ])('%s: %s is reported', async (description, term) => {
    const { code, line, found } = await check(description);
    expect(code).toBe(1);
    expect(found.map((f) => [f.code, f.column])).toEqual([['listing/banned-term', line.indexOf(term) + 1]]);
  });
});
