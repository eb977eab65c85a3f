import { useEffect, useState, type ReactNode } from 'react';
import type { TextFinding } from '../src/api';
import { post, type Lang } from './api';
import { FileCheck } from './FileCheck';
import { t } from './i18n';
import { FindingText } from './FindingText';

interface Answer {
  findings: TextFinding[];
  category: string;
  categories: string[];
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

/** The text with each finding's characters marked; overlapping findings split the text at every boundary. */
function Marked({ text, findings }: { text: string; findings: (TextFinding & { n: number })[] }) {
  const located = findings.filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start);
  const cuts = [...new Set([0, text.length, ...located.flatMap((f) => [f.start!, f.end!])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = located.filter((f) => f.start! <= from && f.end! >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const worst = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    parts.push(
      <mark key={from} className={worst.severity} title={covering.map((f) => `${f.code}: ${f.message}`).join('\n')} data-code={worst.code}>
        {piece}
        <sup>{covering.map((f) => f.n).join(',')}</sup>
      </mark>,
    );
  }
  return <p className="marked">{parts}</p>;
}

export function ListingPage({ store, lang, now }: { store: string; lang: Lang; now: string }) {
  const w = t(lang);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<string>();
  const [answer, setAnswer] = useState<Answer>();
  const [error, setError] = useState<string>();

  const check = (signal?: AbortSignal) =>
    post<Answer>('/api/listing', { store, title, description, lang, ...(category ? { category } : {}) }, signal)
      .then((a) => {
        setAnswer(a);
        setError(undefined);
      })
      .catch((e: Error) => {
        if (e.name !== 'AbortError') setError(e.message);
      });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => void check(controller.signal), 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [store, title, description, category, lang]);

  const numbered = (answer?.findings ?? []).map((f, i) => ({ ...f, n: i + 1 }));
  return (
    <div className="listing" id="listing">
      <h2>{w.tabs.listing}</h2>
      <p className="muted">{w.listingScope}</p>
      <div className="field">
        <label htmlFor="listing-category">{w.category}</label>
        <select id="listing-category" value={category ?? answer?.category ?? ''} onChange={(e) => setCategory(e.target.value)}>
          {(answer?.categories ?? []).map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="listing-title">{w.listingTitle}</label>
        <input id="listing-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="listing-description">{w.listingDescription}</label>
        <textarea id="listing-description" rows={6} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {answer && (
        <section aria-live="polite" id="listing-result">
          <h3>{w.listingTitle}</h3>
          <Marked text={title} findings={numbered.filter((f) => f.field === 'title')} />
          <h3>{w.listingDescription}</h3>
          <Marked text={description} findings={numbered.filter((f) => f.field === 'description')} />
          <h3>{w.findings}</h3>
          {numbered.length === 0 ? (
            <p className="ok-text">{w.clean}</p>
          ) : (
            <ol className="findings" id="listing-findings">
              {numbered.map((f) => (
                <li key={f.n} className={`finding ${f.severity}`} data-code={f.code}>
                  <span className={`sev ${f.severity}`}>{f.severity}</span> <code>{f.code}</code> · {f.field}
                  {f.start !== undefined ? ` [${f.start}, ${f.end})` : ''}
                  <FindingText finding={f} words={w} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      <FileCheck store={store} lang={lang} now={now} />
    </div>
  );
}
