import { CustomChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { CustomSeriesRenderItem } from 'echarts';
import type { CalendarItem as Item } from '../src/api';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef, useState } from 'react';
import { get, pick, type Lang, type Text } from './api';
import { fill, t } from './i18n';

echarts.use([CustomChart, GridComponent, TooltipComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, DataZoomComponent, CanvasRenderer]);

interface Overlap {
  a: string;
  b: string;
  start: number;
  end: number;
  kind: 'conflict' | 'stacks';
  codes: string[];
}
interface CalendarData {
  items: Item[];
  overlaps: Overlap[];
  blackouts: { start: number; end: number; reason?: Text }[];
  events: { id: string; name?: Text }[];
  catalogError?: string;
}

/** Platform event days (month-day, store time), for the markers; the policy names which events exist. */
const EVENT_DAYS: Record<string, string> = { double11: '11-11', double12: '12-12', '618': '06-18', '38': '03-08', '99': '09-09' };

const scopeLabel = (s: Item['scope']) => (s.all ? '*' : [...s.categories, ...s.skus].join(', '));
const fmt = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function Calendar({ store, lang, now }: { store: string; lang: Lang; now: string }) {
  const w = t(lang);
  const [data, setData] = useState<CalendarData>();
  const [error, setError] = useState<string>();
  const [group, setGroup] = useState<'scope' | 'class'>('scope');
  const [selected, setSelected] = useState<Item>();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    get<CalendarData>(`/api/stores/${store}/calendar?lang=${lang}${now ? `&now=${encodeURIComponent(now)}` : ''}`)
      .then((d) => {
        setData(d);
        setError(undefined);
      })
      .catch((e: Error) => setError(e.message));
  }, [store, lang, now]);

  const rows = useMemo(() => {
    if (!data) return [];
    const key = (i: Item) => (group === 'scope' ? scopeLabel(i.scope) : i.cls);
    return [...data.items].filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end)).sort((a, b) => key(a).localeCompare(key(b)) || a.start - b.start);
  }, [data, group]);

  useEffect(() => {
    if (!box.current || !data) return;
    const chart = echarts.getInstanceByDom(box.current) ?? echarts.init(box.current);
    const index = new Map(rows.map((r, i) => [r.id, i]));
    const inConflict = new Set(data.overlaps.filter((o) => o.kind === 'conflict').flatMap((o) => [o.a, o.b]));
    const renderBar: CustomSeriesRenderItem = (params, api) => {
      const from = api.coord([api.value(1), api.value(0)]);
      const to = api.coord([api.value(2), api.value(0)]);
      const height = (api.size?.([0, 1]) as number[])[1]! * 0.55;
      const item = rows[Number(api.value(0))]!;
      return {
        type: 'rect',
        shape: { x: from[0]!, y: from[1]! - height / 2, width: Math.max(2, to[0]! - from[0]!), height },
        style: {
          fill: item.status === 'approved' ? '#2e6bd1' : '#7a5af8',
          stroke: inConflict.has(item.id) ? '#b42318' : '#1d2939',
          lineWidth: inConflict.has(item.id) ? 3 : 1,
          lineDash: item.status === 'proposed' ? [4, 3] : undefined,
        },
        id: `bar-${params.dataIndex}`,
      };
    };
    // each overlap is drawn as a band under both bars: stacking green and solid, conflicts red and hatched
    const renderOverlap: CustomSeriesRenderItem = (_params, api) => {
      const from = api.coord([api.value(1), api.value(0)]);
      const to = api.coord([api.value(2), api.value(0)]);
      const height = (api.size?.([0, 1]) as number[])[1]! * 0.55;
      const conflict = api.value(3) === 1;
      return {
        type: 'rect',
        shape: { x: from[0]!, y: from[1]! + height / 2, width: Math.max(2, to[0]! - from[0]!), height: Math.max(4, height * 0.35) },
        style: { fill: conflict ? '#b42318' : '#12b76a', opacity: 0.9, decal: conflict ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4 } : undefined },
      } as ReturnType<CustomSeriesRenderItem>;
    };
    const min = Math.min(...rows.map((r) => r.start));
    const max = Math.max(...rows.map((r) => r.end));
    const years = Number.isFinite(min) ? [new Date(min).getUTCFullYear(), new Date(max).getUTCFullYear()] : [];
    const eventLines = data.events.flatMap((e) => {
      const day = EVENT_DAYS[e.id];
      if (!day || years.length === 0) return [];
      const out = [];
      for (let y = years[0]!; y <= years[1]!; y++) {
        const at = Date.parse(`${y}-${day}T00:00:00+08:00`);
        if (at >= min - 7 * 86_400_000 && at <= max + 7 * 86_400_000) out.push({ xAxis: at, name: pick(e.name, lang) || e.id });
      }
      return out;
    });
    chart.setOption(
      {
        animation: false,
        aria: { enabled: true },
        tooltip: {
          formatter: (p: { seriesIndex: number; dataIndex: number }) => {
            if (p.seriesIndex === 0) {
              const r = rows[p.dataIndex]!;
              return `${r.id} (${r.type}, ${r.status})<br/>${fmt(r.start)} → ${fmt(r.end)}<br/>${scopeLabel(r.scope)}`;
            }
            const o = data.overlaps[Math.floor(p.dataIndex / 2)]!;
            return `${o.a} × ${o.b}: ${o.kind === 'conflict' ? w.conflict : w.stacks} ${o.codes.join(', ')}`;
          },
        },
        grid: { left: 220, right: 30, top: 30, bottom: 70 },
        // blackouts widen the axis: a shaded window just past the last promotion is still a fact to plan around
        xAxis: {
          type: 'time',
          min: Math.min(min, ...data.blackouts.map((b) => b.start)) - 86_400_000,
          max: Math.max(max, ...data.blackouts.map((b) => b.end)) + 86_400_000,
        },
        yAxis: { type: 'category', data: rows.map((r) => `${r.id} · ${group === 'scope' ? scopeLabel(r.scope) : r.cls}`), inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
        dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 10 }, { type: 'inside', xAxisIndex: 0 }],
        series: [
          {
            type: 'custom',
            name: 'promotions',
            renderItem: renderBar,
            encode: { x: [1, 2], y: 0 },
            data: rows.map((r, i) => [i, r.start, r.end]),
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(102, 112, 133, 0.25)' },
              label: { position: 'insideTop', width: 90, overflow: 'break' },
              data: data.blackouts.map((b) => [{ xAxis: b.start, name: pick(b.reason, lang) }, { xAxis: b.end }]),
            },
            markLine: { symbol: 'none', lineStyle: { color: '#dc6803', type: 'solid', width: 2 }, label: { formatter: '{b}' }, data: eventLines },
          },
          {
            type: 'custom',
            name: 'overlaps',
            renderItem: renderOverlap,
            encode: { x: [1, 2], y: 0 },
            data: data.overlaps.flatMap((o) =>
              [o.a, o.b].filter((id) => index.has(id)).map((id) => [index.get(id)!, o.start, o.end, o.kind === 'conflict' ? 1 : 0]),
            ),
          },
        ],
      },
      true,
    );
    chart.off('click');
    chart.on('click', (p) => {
      if (p.seriesIndex === 0) setSelected(rows[p.dataIndex]);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [rows, data, lang, w, group]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p>{w.running}</p>;
  return (
    <div className="calendar" id="calendar">
      <h2>{w.calendar}</h2>
      {data.catalogError && <p className="error" role="alert">{data.catalogError}</p>}
      <fieldset className="lang">
        <legend>{w.groupBy}</legend>
        {(['scope', 'class'] as const).map((g) => (
          <button key={g} id={`group-${g}`} type="button" aria-pressed={group === g} onClick={() => setGroup(g)}>
            {g === 'scope' ? w.byScope : w.byClass}
          </button>
        ))}
      </fieldset>
      <p className="legend">
        <span className="swatch approved" /> approved <span className="swatch proposed" /> proposed <span className="swatch stacks" /> {w.stacks}{' '}
        <span className="swatch conflict" /> {w.conflict} <span className="swatch blackout" /> {w.blackouts} <span className="swatch event" /> {w.event}
      </p>
      <div ref={box} className="calendar-box" role="img" aria-label={`${w.calendar}: ${rows.map((r) => `${r.id} ${fmt(r.start)} → ${fmt(r.end)}`).join('; ')}`} style={{ height: Math.max(240, rows.length * 38 + 110) }} />
      <h3>{w.overlaps}</h3>
      <ul id="calendar-overlaps">
        {data.overlaps.map((o) => (
          <li key={`${o.a}|${o.b}`} data-kind={o.kind} className={o.kind === 'conflict' ? 'bad' : 'ok'}>
            <strong>{o.kind === 'conflict' ? w.conflict : w.stacks}</strong>: {o.a} × {o.b} ({fmt(o.start)} → {fmt(o.end)}) {o.codes.join(', ')}
          </li>
        ))}
      </ul>
      <h3>{w.promotions}</h3>
      <ul className="calendar-list">
        {rows.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" data-promotion={r.id} onClick={() => setSelected(r)}>
              {r.id}
            </button>{' '}
            {r.type} · {r.status} · {fmt(r.start)} → {fmt(r.end)} · {scopeLabel(r.scope)} {r.findings.length > 0 ? `· ${fill(w.findingCount, { n: r.findings.length })}` : ''}
          </li>
        ))}
      </ul>
      {selected && (
        <section className="details" id="calendar-details" aria-labelledby="calendar-details-title">
          <h3 id="calendar-details-title">
            {w.details}: {selected.id}
          </h3>
          <p>
            {selected.type} ({selected.cls}) · {selected.status} · {fmt(selected.start)} → {fmt(selected.end)} · {scopeLabel(selected.scope)}
            {selected.event ? ` · ${selected.event}` : ''} ·{' '}
            <a className="src" href={`/source/${selected.file}#L${selected.line}`} target="_blank" rel="noreferrer">
              {selected.file}
            </a>
          </p>
          {selected.findings.length === 0 ? (
            <p className="ok-text">{w.noFindings}</p>
          ) : (
            <ul className="findings">
              {selected.findings.map((f, i) => (
                <li key={i} className={`finding ${f.severity}`} data-code={f.code}>
                  <a className="src" href={`/source/${f.file}#L${f.line}`} target="_blank" rel="noreferrer">
                    {f.file.split('/').pop()}:{f.line}:{f.column}
                  </a>{' '}
                  <span className={`sev ${f.severity}`}>{f.severity}</span> <code>{f.code}</code>
                  <div className="msg">{f.message}</div>
                  {f.hint && <div className="hint">{f.hint}</div>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
