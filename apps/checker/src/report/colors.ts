/**
 * A tiny ANSI palette. Formatters ask for a palette once; when colour is off
 * every function is the identity, so callers never branch on `color`.
 */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ansi: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
};

const identity = (text: string) => text;
const plain: Palette = { red: identity, yellow: identity, cyan: identity, green: identity, bold: identity, dim: identity };

export function palette(color: boolean): Palette {
  return color ? ansi : plain;
}
