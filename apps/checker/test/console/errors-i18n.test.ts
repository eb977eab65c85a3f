// The console's error answers are said in the page's language: the page sends
// it as Accept-Language (apps/console/ui/api.ts), `?lang=` wins over it. A
// dropped file the checker cannot read was check listing's English text on the
// Chinese page too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleApp, copyPolicies } from './fixture.js';

let copy: ReturnType<typeof copyPolicies>;
let api: ReturnType<typeof consoleApp>;

beforeAll(() => {
  copy = copyPolicies();
  api = consoleApp(copy.dir);
});
afterAll(() => copy.cleanup());

const error = async (response: Response) => ((await response.json()) as { error: string }).error;
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const ZIP = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(64, 7)]);
const GBK = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]); // "中文" in GBK: not UTF-8
const upload = (body: Record<string, unknown>, lang?: string) =>
  api.request('/api/listing-file', { body, ...(lang ? { headers: { 'accept-language': lang } } : {}) });

describe('console API errors in the page language', () => {
  it('a binary file (an .xlsx): 422 in Chinese for a Chinese page, in English for an English one', async () => {
    const zh = await upload({ store: 'demo-apparel', file: 'export.csv', content: b64(ZIP) }, 'zh-CN,zh;q=0.9');
    expect(zh.status).toBe(422);
    expect(await error(zh)).toBe('export.csv：二进制文件（偏移 5 处有零字节），不是 CSV 或 NDJSON 文本；Excel 的 .xlsx 是 zip 压缩包：请先另存为 CSV');
    const en = await upload({ store: 'demo-apparel', file: 'export.csv', content: b64(ZIP) }, 'en');
    expect(en.status).toBe(422);
    expect(await error(en)).toBe('export.csv: a binary file (a zero byte at offset 5), not CSV or NDJSON text; an Excel .xlsx is a zip archive: save it as CSV first');
  });

  it('a file in the wrong encoding: the line and the --encoding to pick, in each language', async () => {
    const zh = await upload({ store: 'demo-apparel', file: 'gbk.csv', content: b64(GBK) }, 'zh');
    expect(zh.status).toBe(422);
    expect(await error(zh)).toBe('gbk.csv：不是有效的 UTF-8（第 1 行）；国内卖家工具导出的文件常为 GB18030/GBK：请加 --encoding gb18030');
    const en = await upload({ store: 'demo-apparel', file: 'gbk.csv', content: b64(GBK) });
    expect(await error(en)).toMatch(/^gbk\.csv: not valid UTF-8 \(line 1\); .*--encoding gb18030$/);
  });

  it('a CSV without the columns a listing needs: the columns it has, in Chinese', async () => {
    const res = await upload({ store: 'demo-apparel', file: 'x.csv', content: b64('sku,colour\nA-1,red\n') }, 'zh');
    expect(res.status).toBe(422);
    expect(await error(res)).toBe('x.csv：没有列对应 title, category, price（现有列：sku, colour）；请用 --columns 指定，例如 --columns "sku=title"');
  });

  it('a body field that is not what the API takes: 400 saying what it should be, in Chinese', async () => {
    const name = await upload({ store: 'demo-apparel', file: '../x.exe', content: '' }, 'zh');
    expect(name.status).toBe(400);
    expect(await error(name)).toBe('请求体字段 file 无效：应为以 .csv、.ndjson、.jsonl 或 .json 结尾的文件名（不能含目录）');
    const english = await upload({ store: 'demo-apparel', file: '../x.exe', content: '' });
    expect(await error(english)).toBe('file: a file name ending in .csv, .ndjson, .jsonl or .json (no folders)');
    const content = await upload({ store: 'demo-apparel', file: 'a.csv', content: 5 }, 'zh');
    expect(await error(content)).toBe('请求体字段 content 无效：应为 base64 编码的文件内容');
    // zod's own words (an unknown key) are shown as zod says them, named as the validator's
    const extra = await upload({ store: 'demo-apparel', file: 'a.csv', content: '', extra: 1 }, 'zh');
    expect(extra.status).toBe(400);
    expect(await error(extra)).toMatch(/^请求体字段 body 无效：校验器提示：.*extra/);
  });

  it('?lang= wins over Accept-Language; 400 and 404 answers follow it too', async () => {
    const query = await api.request('/api/listing-file?lang=en', { body: { store: 'demo-apparel', file: 'export.csv', content: b64(ZIP) }, headers: { 'accept-language': 'zh' } });
    expect(await error(query)).toMatch(/^export\.csv: a binary file/);
    const notJson = await api.request('/api/listing-file', { raw: '{', headers: { 'content-type': 'application/json', 'accept-language': 'zh' } });
    expect(notJson.status).toBe(400);
    expect(await error(notJson)).toBe('请求体不是 JSON');
    const store = await api.request('/api/stores/nope/overview', { headers: { 'accept-language': 'zh-CN' } });
    expect(store.status).toBe(404);
    expect(await error(store)).toBe('这里没有提供店铺 "nope"（已有店铺：demo-apparel, demo-food）');
    const english = await api.request('/api/stores/nope/overview');
    expect(await error(english)).toBe('no store "nope" is served here (stores: demo-apparel, demo-food)');
  });
});
