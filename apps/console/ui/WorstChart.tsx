import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { yuan, type Lang, type PriceRow } from './api';
import { t } from './i18n';
import { headroom } from './Matrix';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const SHOWN = 40;

/** Per SKU, its tightest tier's worst price against that row's floor; the tightest SKUs first. */
export function WorstChart({ rows, lang }: { rows: PriceRow[]; lang: Lang }) {
  const w = t(lang);
  const box = useRef<HTMLDivElement>(null);
  const bySku = useMemo(() => {
    const tightest = new Map<string, PriceRow>();
    for (const row of rows) {
      const seen = tightest.get(row.sku);
      if (!seen || headroom(row) < headroom(seen)) tightest.set(row.sku, row);
    }
    return [...tightest.values()].sort((a, b) => headroom(a) - headroom(b)).slice(0, SHOWN);
  }, [rows]);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.getInstanceByDom(box.current) ?? echarts.init(box.current);
    chart.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: [w.worst, w.floor], top: 0, right: 10 },
        grid: { left: 60, right: 20, top: 40, bottom: 70 },
        xAxis: { type: 'category', data: bySku.map((r) => r.sku), axisLabel: { rotate: 40 } },
        yAxis: { type: 'value', name: w.yuan },
        series: [
          {
            name: w.worst,
            type: 'bar',
            data: bySku.map((r) => ({ value: Number(yuan(r.worst)), itemStyle: { color: r.worst < r.floor ? '#b42318' : headroom(r) < 0.1 ? '#b54708' : '#2e7d32' } })),
          },
          { name: w.floor, type: 'line', step: 'middle', data: bySku.map((r) => Number(yuan(r.floor))), lineStyle: { color: '#1d2939', type: 'dashed' }, symbol: 'none' },
        ],
      },
      true,
    );
    // follow the box, not the window: the pane also changes width when the layout reflows
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [bySku, w]);
  useEffect(() => () => {
    if (box.current) echarts.getInstanceByDom(box.current)?.dispose();
  }, []);
  return (
    <figure className="chart">
      <figcaption>{w.chart}</figcaption>
      <div ref={box} className="chart-box" role="img" aria-label={`${w.chart}: ${bySku.map((r) => `${r.sku} ${yuan(r.worst)} / ${yuan(r.floor)}`).join('; ')}`} />
    </figure>
  );
}
