// A catalogue the checker cannot price from is said in the run's language,
// its header and each located issue (issue 11): a Chinese seller reading
// `check promotion --lang zh` got "the catalogue has 3 errors" and English lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'sp-catalog-i18n-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a broken catalogue in both languages', () => {
  const csv = path.join(dir, 'catalog.csv');
  writeFileSync(csv, 'sku,category,list_price,cost\nDRS-001,dresses,199,80\nDRS-001,dresses,199,80\nDRS-002,dresses,199.999,80\n,dresses,10,5\nbad sku,dresses,10,5\n');
  const ndjson = path.join(dir, 'catalog.ndjson');
  writeFileSync(ndjson, '{"sku":"A-1","category":"Dresses","list_price":12.345,"cost":"1"}\n{oops\n');

  it('CSV: the header and every line in Chinese under --lang zh, exit 2', async () => {
    const zh = await runInProcess(['check', 'promotion', DRESSES, '--catalog', csv, '--lang', 'zh'], { cwd: ROOT });
    expect(zh.code).toBe(2);
    expect(zh.stderr.split('\n')).toEqual([
      'storepolicy: 商品目录有 4 个错误；请修正后再运行',
      `  ${csv}:3:1: sku: SKU DRS-001 已在第 2 行出现；每个 SKU 只能有一行`,
      `  ${csv}:4:17: list_price: "199.999" 不是以元为单位、最多两位小数的金额（例如 199、199.9 或 199.90）`,
      `  ${csv}:5:1: sku: 为空；此项必填`,
      `  ${csv}:6:1: sku: SKU 由字母、数字、点、短横线或下划线组成（最多 64 个字符），以字母或数字开头`,
      '',
    ]);
    const en = await runInProcess(['check', 'promotion', DRESSES, '--catalog', csv], { cwd: ROOT });
    expect(en.stderr.split('\n')).toEqual([
      'storepolicy: the catalogue has 4 errors; fix them and run again',
      `  ${csv}:3:1: sku: SKU DRS-001 is already on line 2; one row per SKU`,
      `  ${csv}:4:17: list_price: "199.999" is not an amount in yuan with at most two decimals (write 199, 199.9 or 199.90)`,
      `  ${csv}:5:1: sku: is empty; a value is required`,
      `  ${csv}:6:1: sku: a SKU is letters, digits, dots, dashes or underscores (at most 64), starting with a letter or digit`,
      '',
    ]);
  });

  it('NDJSON: a format zod refused and a line that is not JSON, in Chinese', async () => {
    const zh = await runInProcess(['check', 'promotion', DRESSES, '--catalog', ndjson, '--lang', 'zh'], { cwd: ROOT });
    expect(zh.code).toBe(2);
    const lines = zh.stderr.split('\n');
    expect(lines[0]).toBe('storepolicy: 商品目录有 3 个错误；请修正后再运行');
    expect(lines.slice(1)).toEqual([
      `  ${ndjson}:1:14: category: 类目 id 由小写字母、数字、短横线或下划线组成，与 store.yaml 中一致`,
      `  ${ndjson}:1:35: list_price: 12.345 不是以元为单位、最多两位小数的金额`,
      // at the character, in check listing's words: never V8's English JSON.parse message
      `  ${ndjson}:2:2: 不是 JSON 对象：第 2 行不是合法的 JSON：此处不能出现 "o"。`,
      '',
    ]);
    const en = await runInProcess(['check', 'promotion', DRESSES, '--catalog', ndjson], { cwd: ROOT });
    expect(en.stderr.split('\n')[3]).toBe(`  ${ndjson}:2:2: not a JSON object: Row 2 is not valid JSON: "o" cannot appear here.`);
  });
});
