import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { yuan, type Lang, type PriceRow } from './api';
import { t } from './i18n';

const ROW_HEIGHT = 30;

/** Headroom of the worst case over the floor, as a fraction of the floor. */
export const headroom = (row: PriceRow) => (row.floor > 0 ? (row.worst - row.floor) / row.floor : Number.POSITIVE_INFINITY);

/** Breaches, then rows where a higher tier pays more than a lower one (as the CLI's table), then the tightest headroom. */
const urgency = (row: PriceRow) => (row.worst < row.floor ? 0 : row.paysMoreThan ? 1 : 2);

/** What an operator must look at comes first. */
export function sortRows(rows: readonly PriceRow[]): PriceRow[] {
  return [...rows].sort(
    (a, b) => urgency(a) - urgency(b) || headroom(a) - headroom(b) || a.sku.localeCompare(b.sku) || a.tier.localeCompare(b.tier),
  );
}

function tone(row: PriceRow): 'breach' | 'tight' | 'ok' {
  if (row.worst < row.floor) return 'breach';
  return headroom(row) < 0.1 ? 'tight' : 'ok';
}

/**
 * SKU x tier rows, virtualised: only the rows in view are in the DOM, so a
 * 10,000-SKU catalogue (50,000 rows at 5 tiers) scrolls like a small one.
 */
/** Which price of a row a cell shows: its `explain` trace opens on that part. */
export type PricePart = 'single' | 'worst';

export function Matrix({ rows, lang, onExplain }: { rows: PriceRow[]; lang: Lang; onExplain: (row: PriceRow, part: PricePart, from: HTMLElement) => void }) {
  const w = t(lang);
  const [filter, setFilter] = useState('');
  const sorted = useMemo(() => {
    const wanted = filter.trim().toLowerCase();
    return sortRows(wanted ? rows.filter((r) => r.sku.toLowerCase().includes(wanted) || r.tier.toLowerCase() === wanted) : rows);
  }, [rows, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: sorted.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const columns = [w.sku, w.tier, w.list, w.single, w.worst, w.floor, w.headroom];
  return (
    <>
    <label className="filter">
      {w.filter}{' '}
      <input id="matrix-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="DRS-001" />
    </label>
    <div className="matrix" role="table" aria-label={w.matrix} aria-rowcount={sorted.length + 1} id="price-matrix">
      <div role="rowgroup">
        <div role="row" className="mrow head">
          {columns.map((c, i) => (
            <span role="columnheader" key={i} className={i >= 2 && i <= 6 ? 'num' : undefined}>
              {c}
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} className="mbody" role="rowgroup">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const row = sorted[item.index]!;
            const kind = tone(row);
            const room = headroom(row);
            // the engine's verdict (promotion/tier-inversion), shown, never recomputed here
            const inverted = row.paysMoreThan ? w.inverted.replace('{tier}', row.paysMoreThan.tier) : undefined;
            return (
              <div
                role="row"
                key={`${row.promotion}/${row.sku}/${row.tier}`}
                aria-rowindex={item.index + 2}
                className={`mrow ${kind}${inverted ? ' inverted' : ''}`}
                data-sku={row.sku}
                data-tier={row.tier}
                data-pays-more-than={row.paysMoreThan?.tier}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell">{row.sku}</span>
                <span role="cell">{row.tier}</span>
                <span role="cell" className="num">
                  {yuan(row.list)}
                </span>
                {/* each price is a button: a click or Enter/Space opens the trace of that SKU, tier and price */}
                <span role="cell" className="num">
                  <button
                    type="button"
                    className="cell cell-single"
                    onClick={(e) => onExplain(row, 'single', e.currentTarget)}
                    aria-label={`${w.explain}: ${row.sku} ${row.tier} ${w.single} ${yuan(row.single)}${inverted ? ` (${inverted})` : ''}`}
                  >
                    {yuan(row.single)}
                  </button>
                  {inverted ? <span className="tag inverted-tag"> {inverted}</span> : null}
                </span>
                <span role="cell" className="num">
                  <button
                    type="button"
                    className="cell cell-worst"
                    onClick={(e) => onExplain(row, 'worst', e.currentTarget)}
                    aria-label={`${w.explain}: ${row.sku} ${row.tier} ${w.worst} ${yuan(row.worst)}${kind === 'breach' ? ` (${w.breach})` : ''}`}
                  >
                    {yuan(row.worst)}
                  </button>
                  {kind === 'breach' ? <span className="tag"> {w.breach}</span> : null}
                </span>
                <span role="cell" className="num cell-floor">
                  {yuan(row.floor)}
                </span>
                <span role="cell" className="num">
                  {Number.isFinite(room) ? `${room >= 0 ? '+' : ''}${(room * 100).toFixed(1)}%` : '—'}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
    </>
  );
}
