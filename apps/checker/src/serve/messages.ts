// What the console server says to the page and on its terminal, in both
// languages (see i18n.ts). The page's language comes with each request (see
// langOf in app.ts): `?lang=`, else the Accept-Language header the page sets.
import type { Context } from 'hono';
import type { Lang } from '@storepolicy/schema';
import { defineMessages, type Message } from '../i18n.js';
import { BODY_TEXT, FILE_LIMIT } from './bodies.js';

/**
 * The language of the page that sent the request: `?lang=en|zh`, else the
 * Accept-Language header (the page sends its own language there, see
 * apps/console/src/api.ts), else English. Errors are said in it.
 */
export function langOf(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  return /^zh\b/i.test(c.req.header('accept-language') ?? '') ? 'zh' : 'en';
}

const en = {
  bodyNotJson: () => 'the body is not JSON',
  /** `detail`: what the field should be (bodyDetail) */
  bodyField: (p: { field: string; detail: Message }) => `${p.field || 'body'}: ${p.detail}`,
  storeIdShape: (): string => BODY_TEXT.storeId,
  proposalNameShape: (): string => BODY_TEXT.proposalName,
  nowShape: (): string => BODY_TEXT.now,
  fileNameShape: (): string => BODY_TEXT.fileName,
  base64Shape: (): string => BODY_TEXT.base64,
  fileSize: (): string => BODY_TEXT.fileSize,
  /** zod's own words (a type, an unknown key) */
  zod: (p: { detail: string }) => p.detail,
  bodyTooLarge: (p: { bytes: number }) => `the body is larger than ${p.bytes} bytes`,
  noSuchStore: (p: { id: string; stores: string }) => `no store "${p.id}" is served here (stores: ${p.stores})`,
  internal: () => 'internal error in storepolicy; please report it with the proposal that caused it',
  hostNeedsToken: (p: { host: string }) =>
    `--host ${p.host} is reachable from other machines: pass --token <secret> (16+ characters), which every request must carry; the console binds 127.0.0.1 by default`,
  cannotListen: (p: { host: string; port: number; code: string }) => `cannot listen on ${p.host}:${p.port} (${p.code}); pick another --port`,
  noStoreFound: (p: { root: string }) => `no store found under ${p.root}/ (a folder with store.yaml); pass --store policies/<store>`,
  storeNotLoaded: (p: { dir: string; id: string }) => `${p.dir}: no policies of store ${p.id} found`,
  proposalsOutside: (p: { dir: string }) => `${p.dir}: the proposals folder leads outside the store folder; refusing to write there`,
  yamlBroken: () => 'the YAML does not parse; fix the findings before saving',
  symlink: (p: { file: string }) => `${p.file} is a symbolic link; refusing to overwrite it`,
  proposalNotLoading: () => 'the proposal does not load; fix the findings first',
  binary: (p: { file: string; at: number; zip: boolean }) =>
    `${p.file}: a binary file (a zero byte at offset ${p.at}), not CSV or NDJSON text${p.zip ? '; an Excel .xlsx is a zip archive: save it as CSV first' : ''}`,
  started: (p: { url: string; stores: string }) => `storepolicy console: ${p.url}\n  stores: ${p.stores}\n  press Ctrl+C to stop`,
  internalLog: (p: { detail: string }) => `storepolicy serve: internal error: ${p.detail}`,
  hostRefused: (p: { host: string }) => `refused: Host "${p.host}" is not the address this console is bound to`,
  tokenNeeded: () => 'refused: this needs the session token; open the console from the address `storepolicy serve` printed',
  jsonOnly: () => 'refused: send the body as application/json',
  exists: (p: { file: string }) => `${p.file} exists; confirm to overwrite it`,
  noEndpoint: () => 'no such API endpoint',
  noFile: () => 'no such file here',
  noBrowser: (p: { url: string }) => `storepolicy serve: could not open a browser; open ${p.url}`,
};

const zh: typeof en = {
  bodyNotJson: () => '请求体不是 JSON',
  bodyField: (p) => `请求体字段 ${p.field || 'body'} 无效：${p.detail}`,
  storeIdShape: () => '应为店铺 id（小写字母、数字、- 和 _）',
  proposalNameShape: () => '应为促销方案名（小写字母、数字、- 和 _；不能含路径）',
  nowShape: () => '应为带时区偏移的 ISO 时间，例如 2026-11-01T09:00:00+08:00',
  fileNameShape: () => '应为以 .csv、.ndjson、.jsonl 或 .json 结尾的文件名（不能含目录）',
  base64Shape: () => '应为 base64 编码的文件内容',
  fileSize: () => `文件最大 ${FILE_LIMIT / 1024 / 1024} MB；更大的导出文件请用 \`storepolicy check listing\` 检查`,
  zod: (p) => `校验器提示：${p.detail}`,
  bodyTooLarge: (p) => `请求体超过 ${p.bytes} 字节`,
  noSuchStore: (p) => `这里没有提供店铺 "${p.id}"（已有店铺：${p.stores}）`,
  internal: () => 'storepolicy 内部错误；请连同引起它的促销方案一起报告',
  hostNeedsToken: (p) =>
    `--host ${p.host} 可被其他机器访问：请加 --token <密钥>（至少 16 个字符），每个请求都必须携带；控制台默认只绑定 127.0.0.1`,
  cannotListen: (p) => `无法在 ${p.host}:${p.port} 上监听（${p.code}）；请换一个 --port`,
  noStoreFound: (p) => `${p.root}/ 下没有店铺（含 store.yaml 的目录）；请加 --store policies/<店铺>`,
  storeNotLoaded: (p) => `${p.dir}：找不到店铺 ${p.id} 的策略`,
  proposalsOutside: (p) => `${p.dir}：促销方案目录通向店铺目录之外；拒绝在那里写入`,
  yamlBroken: () => 'YAML 无法解析；请先修正问题再保存',
  symlink: (p) => `${p.file} 是符号链接；拒绝覆盖`,
  proposalNotLoading: () => '促销方案无法加载；请先修正问题',
  binary: (p) =>
    `${p.file}：二进制文件（偏移 ${p.at} 处有零字节），不是 CSV 或 NDJSON 文本${p.zip ? '；Excel 的 .xlsx 是 zip 压缩包：请先另存为 CSV' : ''}`,
  started: (p) => `storepolicy 控制台：${p.url}\n  店铺：${p.stores}\n  按 Ctrl+C 停止`,
  internalLog: (p) => `storepolicy serve：内部错误：${p.detail}`,
  hostRefused: (p) => `已拒绝：Host "${p.host}" 不是本控制台绑定的地址`,
  tokenNeeded: () => '已拒绝：此操作需要会话令牌；请从 `storepolicy serve` 打印的地址打开控制台',
  jsonOnly: () => '已拒绝：请求体必须以 application/json 发送',
  exists: (p) => `${p.file} 已存在；确认后才会覆盖`,
  noEndpoint: () => '没有这个 API 接口',
  noFile: () => '这里没有这个文件',
  noBrowser: (p) => `storepolicy serve：无法打开浏览器；请手动打开 ${p.url}`,
};

export const serveMessages = defineMessages('serve', { en, zh });

const SHAPES: Record<string, () => Message> = {
  [BODY_TEXT.storeId]: serveMessages.storeIdShape,
  [BODY_TEXT.proposalName]: serveMessages.proposalNameShape,
  [BODY_TEXT.now]: serveMessages.nowShape,
  [BODY_TEXT.fileName]: serveMessages.fileNameShape,
  [BODY_TEXT.base64]: serveMessages.base64Shape,
  [BODY_TEXT.fileSize]: serveMessages.fileSize,
};

/** What zod said about a body field, in the page's language when it is one of bodies.ts's own shapes. */
export function bodyDetail(zodText: string): Message {
  return SHAPES[zodText]?.() ?? serveMessages.zod({ detail: zodText });
}
