import { useEffect, useState } from 'react';
import { get, pick, type Lang, type SourceRef, type Text } from './api';
import { t } from './i18n';

interface OverviewData {
  store: string;
  dir: string;
  name?: Text;
  platform?: string;
  tiers: { id: string; name?: Text; qualify: Record<string, number>; pricePercent: number; benefits: Record<string, unknown>; source?: SourceRef }[];
  limits: { key: string; value: string; source?: SourceRef }[];
  stacking: { type: string; combinesWith: string[]; exclusive: string; allowWithGlobal: string[]; source?: SourceRef }[];
  events: { id: string; name?: Text; eligible: boolean; findings: string[]; source?: SourceRef }[];
  metrics?: Record<string, unknown>;
  metricsSource?: SourceRef;
  blackouts: { start: string; end: string; reason?: Text; source?: SourceRef }[];
}

/** A link to the YAML line a figure comes from (opens the file's text at that line). */
export function Src({ at }: { at: SourceRef | undefined }) {
  if (!at) return <span className="muted">default</span>;
  return (
    <a className="src" href={`/source/${at.file}#L${at.line}`} target="_blank" rel="noreferrer">
      {at.file}:{at.line}:{at.column}
    </a>
  );
}

export function Overview({ store, lang }: { store: string; lang: Lang }) {
  const [data, setData] = useState<OverviewData>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setData(undefined);
    get<OverviewData>(`/api/stores/${store}/overview?lang=${lang}`)
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, [store, lang]);
  const w = t(lang);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p>{w.running}</p>;
  return (
    <div className="overview" id="overview">
      <h2>
        {pick(data.name, lang) || data.store} <small className="muted">{data.dir}</small>
      </h2>
      <section>
        <h3>{w.tiers}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{w.tier}</th>
              <th scope="col">{w.threshold}</th>
              <th scope="col">{w.pricePercent}</th>
              <th scope="col">{w.benefits}</th>
              <th scope="col">{w.source}</th>
            </tr>
          </thead>
          <tbody>
            {data.tiers.map((tier) => (
              <tr key={tier.id} data-tier={tier.id}>
                <td>
                  {pick(tier.name, lang)} <code>{tier.id}</code>
                </td>
                <td>
                  {Object.entries(tier.qualify)
                    .map(([k, v]) => `${k} ${v}`)
                    .join(', ')}
                </td>
                <td className="num">{tier.pricePercent}%</td>
                <td>
                  {Object.entries(tier.benefits)
                    .filter(([k]) => k !== 'price_percent')
                    .map(([k, v]) => `${k}: ${String(v)}`)
                    .join(' · ')}
                </td>
                <td>
                  <Src at={tier.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{w.limits}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{w.limit}</th>
              <th scope="col">{w.value}</th>
              <th scope="col">{w.source}</th>
            </tr>
          </thead>
          <tbody>
            {data.limits.map((limit) => (
              <tr key={limit.key} data-limit={limit.key}>
                <td>
                  <code>{limit.key}</code>
                </td>
                <td className="num">{limit.value}</td>
                <td>
                  <Src at={limit.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{w.stacking}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{w.type}</th>
              <th scope="col">{w.combinesWith}</th>
              <th scope="col">{w.exclusive}</th>
              <th scope="col">{w.source}</th>
            </tr>
          </thead>
          <tbody>
            {data.stacking.map((s) => (
              <tr key={s.type}>
                <td>
                  <code>{s.type}</code>
                </td>
                <td>{s.combinesWith.join(', ')}</td>
                <td>
                  {s.exclusive}
                  {s.allowWithGlobal.length > 0 ? ` (+${s.allowWithGlobal.join(', ')})` : ''}
                </td>
                <td>
                  <Src at={s.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{w.events}</h3>
        <ul className="events">
          {data.events.map((e) => (
            <li key={e.id} data-event={e.id} className={e.eligible ? 'ok' : 'bad'}>
              <strong>{pick(e.name, lang) || e.id}</strong> <code>{e.id}</code>: {e.eligible ? w.eligible : w.notEligible} <Src at={e.source} />
              {e.findings.map((f) => (
                <div key={f} className="finding-text">
                  {f}
                </div>
              ))}
            </li>
          ))}
        </ul>
        <h3>{w.metrics}</h3>
        <pre className="metrics">{JSON.stringify(data.metrics ?? {}, null, 1)}</pre>
        <Src at={data.metricsSource} />
      </section>
      <section>
        <h3>{w.blackouts}</h3>
        <ul>
          {data.blackouts.map((b) => (
            <li key={b.start}>
              {b.start} → {b.end} {pick(b.reason, lang)} <Src at={b.source} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
