import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Largest file shown: policy files are refused above 4 MB by the loader, docs are small. */
const MAX_BYTES = 4 * 1024 * 1024;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The text of a policy or rule-doc file, as a page with one anchor per line
 * (`#L12`), so the overview's and the findings' links land on the line.
 * Only regular files whose real path is inside one of `roots` are shown: a
 * `..` or a symlink out of the repository's policies gets a 404, not content.
 */
export function sourcePage(requested: string, roots: readonly string[]): string | undefined {
  const file = path.resolve(requested);
  if (!existsSync(file)) return undefined;
  const real = realpathSync(file);
  const inside = roots.some((root) => existsSync(root) && real.startsWith(realpathSync(root) + path.sep));
  const stats = statSync(real);
  if (!inside || !stats.isFile() || stats.size > MAX_BYTES || !/\.(ya?ml|md|csv)$/i.test(real)) return undefined;
  const lines = readFileSync(real, 'utf8').split('\n');
  const body = lines.map((line, i) => `<span id="L${i + 1}"><a href="#L${i + 1}">${i + 1}</a> ${escape(line)}</span>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(requested)}</title><style>
body{font-family:ui-monospace,monospace;margin:1rem}pre{line-height:1.4}a{color:#475467;display:inline-block;width:3.5em;text-align:right;text-decoration:none}
span:target{background:#fef0c7;display:inline-block;width:100%}</style></head><body><h1 style="font-size:1rem">${escape(requested)}</h1><pre>${body}</pre></body></html>`;
}
