// The page's only way to the server. Every verdict comes from these answers:
// the page renders what the engine decided, it never decides.

const TOKEN_KEY = 'storepolicy-token';

/** The session token arrives in the URL fragment once; keep it for this tab only and drop it from the address bar. */
export function takeToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The page's language, sent with every request so the server says its errors in it (see ErrorAnswer in src/api.ts). */
let pageLang: 'en' | 'zh' | undefined;
export function setApiLang(lang: 'en' | 'zh'): void {
  pageLang = lang;
}

async function request<T>(method: 'GET' | 'POST', url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers: Record<string, string> = {};
  if (token) headers['x-storepolicy-token'] = token;
  // before the first answer the browser's own Accept-Language stands, which the server reads alike
  if (pageLang) headers['accept-language'] = pageLang;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  if (signal) init.signal = signal;
  const response = await fetch(url, init);
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, String(json.error ?? response.statusText), json);
  return json as T;
}

export const get = <T>(url: string) => request<T>('GET', url);
export const post = <T>(url: string, body: unknown, signal?: AbortSignal) => request<T>('POST', url, body, signal);

export type Lang = 'en' | 'zh';
export type Text = { zh?: string; en?: string };
export const pick = (text: Text | undefined, lang: Lang) => (text ? (text[lang] ?? text.en ?? text.zh ?? '') : '');

export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  hint?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docs?: string;
  waivedBy?: string;
  related: { file: string; line: number; column: number; message: string }[];
}

export interface PriceStep {
  kind: string;
  price: number;
  promotion?: string;
}

export interface PriceRow {
  promotion: string;
  sku: string;
  tier: string;
  list: number;
  single: number;
  worst: number;
  floor: number;
  cost?: number;
  floorBy?: 'margin' | 'depth';
  /** A lower tier pays less for one unit (promotion/tier-inversion): that tier and its price, fen. */
  paysMoreThan?: { tier: string; single: number; lever: string; promotion?: string };
}

export interface Report {
  summary: { files: number; errors: number; warnings: number; infos: number; waived: number };
  diagnostics: Finding[];
}

export interface DryRunAnswer {
  report: Report;
  prices: PriceRow[];
  file: string;
  ms: number;
}

/** Fen to yuan with two decimals, as every report prints money. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
