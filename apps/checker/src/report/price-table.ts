import { countOf, formatFen, type Lang } from '@storepolicy/schema';
import type { PriceRow } from '@storepolicy/engine';
import { palette } from './colors.js';
import { displayWidth } from './text-width.js';

/** A price row, with the cost (fen) its margin is taken over: the floor's cost (unit cost plus gifts counted in the margin). */
export type PricedRow = PriceRow & { cost?: number };

/** Most rows a human-facing table shows; JSON always carries them all. */
export const DEFAULT_TABLE_ROWS = 50;

const HEADINGS: Record<Lang, readonly string[]> = {
  en: ['promotion', 'SKU', 'tier', 'list', 'single', 'worst', 'floor', 'margin', ''],
  zh: ['促销', 'SKU', '会员等级', '标价', '单件价', '最低叠加价', '底价', '毛利', ''],
};

const WORDS = {
  en: {
    breach: 'BELOW FLOOR',
    inverted: (tier: string) => `PAYS MORE THAN ${tier}`,
    more: (n: number) => `… ${countOf(n, 'more row', 'more rows')} (filter with --sku/--tier, or use --format json for all)`,
    heading: (n: number, breaches: number, inverted: number) =>
      `Prices: ${countOf(n, 'row', 'rows')} (SKU x tier), worst first; ${breaches} below the floor${inverted > 0 ? `; ${inverted} where a higher tier pays more than a lower one` : ''}. Amounts in yuan; margin = worst over cost (unit cost plus gifts the policy counts in the margin, as the floor).`,
  },
  zh: {
    breach: '低于底价',
    inverted: (tier: string) => `比${tier}贵`,
    more: (n: number) => `… 另有 ${n} 行（用 --sku/--tier 筛选，或用 --format json 查看全部）`,
    heading: (n: number, breaches: number, inverted: number) =>
      `价格：${n} 行（SKU x 会员等级），最差的在前；${breaches} 行低于底价${inverted > 0 ? `；${inverted} 行高等级会员比低等级贵` : ''}。金额单位：元；毛利 = 最低叠加价相对成本（单位成本加政策计入毛利的赠品，与底价一致）。`,
  },
} as const;

export function isBreach(row: PriceRow): boolean {
  return row.worst < row.floor;
}

const rank = (row: PriceRow) => (isBreach(row) ? 0 : row.paysMoreThan ? 1 : 2);

/** Worst first: breaches, then tier inversions, then the smallest headroom above the floor, then the deepest cut. */
export function compareWorstFirst(a: PriceRow, b: PriceRow): number {
  return (
    rank(a) - rank(b) ||
    a.worst - a.floor - (b.worst - b.floor) ||
    a.worst * b.list - b.worst * a.list ||
    a.sku.localeCompare(b.sku) ||
    a.tier.localeCompare(b.tier) ||
    a.promotion.localeCompare(b.promotion)
  );
}

export function sortWorstFirst<T extends PriceRow>(rows: readonly T[]): T[] {
  return [...rows].sort(compareWorstFirst);
}

/**
 * The rows a table shows (the first `limit` of `sortWorstFirst` over every
 * row added) and the counts its heading gives, gathered one row at a time,
 * so a dry-run can hand its rows over as it prices them and keep none of the
 * rest: a 100,000-SKU run has 500,000 rows and the table shows 50. Sorting
 * them all took a sixth of the command's time, keeping them alive to the end
 * most of its garbage collection. A row that does not beat the last kept one
 * costs one comparison; rows that compare equal keep their input order, as
 * the (stable) sort does. Past 1,000 shown rows inserting costs more than
 * sorting: every row is kept and sorted at the end.
 */
export class WorstRows<T extends PriceRow = PriceRow> {
  /** Rows added. */
  count = 0;
  /** Rows below their floor. */
  breaches = 0;
  /** Rows where a higher tier pays more than a lower one. */
  inverted = 0;
  private readonly kept: T[] = [];
  private readonly sortAll: boolean;

  constructor(readonly limit: number) {
    this.sortAll = limit > 1000;
  }

  add(row: T): void {
    this.count++;
    if (isBreach(row)) this.breaches++;
    if (row.paysMoreThan) this.inverted++;
    const kept = this.kept;
    const limit = this.limit;
    if (this.sortAll) {
      kept.push(row);
      return;
    }
    if (limit <= 0 || (kept.length === limit && compareWorstFirst(row, kept[limit - 1]!) >= 0)) return;
    // After every kept row that sorts before it or equal to it (stability).
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareWorstFirst(row, kept[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    // Shifted by hand, not spliced: splice makes an array of what it removes, every time.
    let at = kept.length < limit ? kept.length : limit - 1;
    if (kept.length < limit) kept.push(row);
    for (; at > low; at--) kept[at] = kept[at - 1]!;
    kept[low] = row;
  }

  /** The rows shown, worst first. */
  rows(): T[] {
    return this.sortAll ? sortWorstFirst(this.kept).slice(0, this.limit) : [...this.kept];
  }
}

/** The first `limit` rows of `sortWorstFirst(rows)`, in that order, without sorting the rest. */
export function worstFirst<T extends PriceRow>(rows: readonly T[], limit: number): T[] {
  return collect(rows, limit).rows();
}

function collect<T extends PriceRow>(rows: readonly T[], limit: number): WorstRows<T> {
  const table = new WorstRows<T>(limit);
  // An index loop: a for-of over 500,000 rows allocated an iterator result per row until optimised.
  for (let i = 0; i < rows.length; i++) table.add(rows[i]!);
  return table;
}

/** Margin of the worst price over the floor's cost, as the policy's `min_margin` counts it. */
export function marginText(row: PricedRow): string {
  if (row.cost === undefined || row.cost <= 0) return '';
  const percent = ((row.worst - row.cost) * 100) / row.cost;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

export function priceCells(row: PricedRow): string[] {
  return [
    row.promotion,
    row.sku,
    row.tier,
    formatFen(row.list),
    formatFen(row.single),
    formatFen(row.worst),
    formatFen(row.floor),
    marginText(row),
  ];
}

export interface TableOptions {
  lang: Lang;
  color: boolean;
  limit?: number;
}

/** Aligned terminal table; rows below the floor are red and marked, so they survive without colour. */
export function renderPriceTableText(rows: readonly PricedRow[] | WorstRows<PricedRow>, options: TableOptions): string {
  const table = rows instanceof WorstRows ? rows : collect(rows, options.limit ?? DEFAULT_TABLE_ROWS);
  if (table.count === 0) return '';
  const paint = palette(options.color);
  const words = WORDS[options.lang];
  const shown = table.rows();
  const body = shown.map((row) => [...priceCells(row), marks(row, options.lang).join(', ')]);
  const head = [...HEADINGS[options.lang]];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[i]!))));
  const numeric = (i: number) => i >= 3 && i <= 7;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - displayWidth(cell));
        return numeric(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const out = [paint.bold(WORDS[options.lang].heading(table.count, table.breaches, table.inverted)), paint.dim(line(head))];
  shown.forEach((row, index) => {
    const text = line(body[index]!);
    out.push(isBreach(row) || row.paysMoreThan ? paint.red(text) : text);
  });
  if (table.count > shown.length) out.push(paint.dim(words.more(table.count - shown.length)));
  return out.join('\n');
}

/** GitHub-flavoured Markdown table; breaches bold with a marker. */
export function renderPriceTableMarkdown(rows: readonly PricedRow[], options: Omit<TableOptions, 'color'>): string {
  if (rows.length === 0) return '';
  const words = WORDS[options.lang];
  const limit = options.limit ?? DEFAULT_TABLE_ROWS;
  const head = HEADINGS[options.lang].slice(0, 8);
  const out = [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i >= 3 ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const row of worstFirst(rows, limit)) {
    const cells = priceCells(row).map(escapeCell);
    if (isBreach(row)) cells[5] = `**${cells[5]}** ⛔ ${words.breach}`;
    if (row.paysMoreThan) cells[4] = `**${cells[4]}** ⚠️ ${escapeCell(words.inverted(row.paysMoreThan.tier))}`;
    out.push(`| ${cells.join(' | ')} |`);
  }
  if (rows.length > limit) out.push('', words.more(rows.length - limit));
  return out.join('\n');
}

/** The row's marks: below the floor, and a higher tier paying more than a lower one. */
function marks(row: PriceRow, lang: Lang): string[] {
  const words = WORDS[lang];
  const out: string[] = [];
  if (isBreach(row)) out.push(words.breach);
  if (row.paysMoreThan) out.push(words.inverted(row.paysMoreThan.tier));
  return out;
}

export function priceHeading(rows: readonly PriceRow[], lang: Lang): string {
  const table = collect(rows, 0);
  return WORDS[lang].heading(table.count, table.breaches, table.inverted);
}

/** Pipes end a cell and newlines end a row; HTML would render inside a comment. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}
