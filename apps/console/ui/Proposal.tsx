import { useEffect, useMemo, useRef, useState } from 'react';
import { isMap, parseDocument } from 'yaml';
import { ApiError, post, yuan, type DryRunAnswer, type Finding, type Lang, type PriceRow } from './api';
import { fill, t } from './i18n';
import { Matrix, type PricePart } from './Matrix';
import { PromotionForm } from './SchemaForm';
import { WorstChart } from './WorstChart';
import { FindingText } from './FindingText';

const SCHEMA_LINE = '# yaml-language-server: $schema=../../../schemas/promotion.schema.json';
const DEBOUNCE_MS = 250;

/** A starting proposal: a 10%-off product discount a week ahead, so the matrix fills at once. */
function template(store: string, now: string): string {
  const base = Number.isNaN(Date.parse(now)) ? Date.now() : Date.parse(now);
  const day = (offset: number) => new Date(base + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return [
    SCHEMA_LINE,
    'apiVersion: storepolicy/v1',
    'kind: Promotion',
    'metadata:',
    `  store: ${store}`,
    '  name: new-promotion',
    'spec:',
    '  type: product_discount',
    '  status: proposed',
    '  window:',
    `    start: "${day(7)}T00:00:00+08:00"`,
    `    end: "${day(8)}T00:00:00+08:00"`,
    '  scope:',
    '    all: true',
    '  percent_off: 10',
    '',
  ].join('\n');
}

function Findings({ findings, lang, onPick }: { findings: Finding[]; lang: Lang; onPick: (f: Finding) => void }) {
  const w = t(lang);
  if (findings.length === 0) return <p className="ok-text">{w.noFindings}</p>;
  const order = { error: 0, warning: 1, info: 2 } as const;
  return (
    <ul className="findings" id="findings">
      {[...findings]
        .sort((a, b) => order[a.severity] - order[b.severity])
        .map((f, i) => (
          <li key={i} className={`finding ${f.severity}`} data-code={f.code}>
            <button type="button" className="link loc" onClick={() => onPick(f)}>
              {f.file.split('/').pop()}:{f.line}:{f.column}
            </button>{' '}
            <span className={`sev ${f.severity}`}>{f.severity}</span> <code>{f.code}</code>
            <FindingText finding={f} words={w} />
          </li>
        ))}
    </ul>
  );
}

export function ProposalPage({ store, lang, now, token }: { store: string; lang: Lang; now: string; token: string | undefined }) {
  const w = t(lang);
  const [yaml, setYaml] = useState(() => template(store, now));
  const [answer, setAnswer] = useState<DryRunAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [explain, setExplain] = useState<{ row: PriceRow; part: PricePart; text: string }>();
  // the cell that opened the trace gets the focus back when it closes (keyboard users keep their place)
  const explainFrom = useRef<HTMLElement | null>(null);
  const [save, setSave] = useState<{ state: 'idle' | 'exists' | 'saved' | 'error'; message?: string; diff?: string; git?: string[] }>({ state: 'idle' });
  const [markdown, setMarkdown] = useState<string>();
  const editor = useRef<HTMLTextAreaElement>(null);

  // The form reads the last YAML that parsed; a half-typed YAML keeps the form as it was.
  const parsed = useMemo(() => {
    const doc = parseDocument(yaml);
    return doc.errors.length === 0 && isMap(doc.contents) ? (doc.toJS() as Record<string, unknown>) : undefined;
  }, [yaml]);
  const lastGood = useRef<Record<string, unknown>>({});
  if (parsed) lastGood.current = parsed;
  const name = typeof (lastGood.current.metadata as { name?: unknown } | undefined)?.name === 'string' ? String((lastGood.current.metadata as { name: string }).name) : 'draft';
  const safeName = /^[a-z][a-z0-9_-]{0,63}$/.test(name) ? name : 'draft';

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      post<DryRunAnswer>('/api/dry-run', { store, name: safeName, yaml, lang, ...(now ? { now } : {}) }, controller.signal)
        .then((a) => {
          setAnswer(a);
          setError(undefined);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        })
        .finally(() => setBusy(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [store, yaml, lang, now, safeName]);

  const onChange = (path: (string | number)[], value: unknown) => {
    const doc = parseDocument(yaml);
    if (doc.errors.length > 0) return;
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
    setYaml(doc.toString());
    setSave({ state: 'idle' });
  };

  const openExplain = (row: PriceRow, part: PricePart, from: HTMLElement) => {
    explainFrom.current = from;
    post<{ text: string }>('/api/explain', { store, name: safeName, yaml, lang, sku: row.sku, tier: row.tier, ...(now ? { now } : {}) })
      .then((a) => setExplain({ row, part, text: a.text }))
      .catch((e: Error) => setExplain({ row, part, text: e.message }));
  };
  const closeExplain = () => {
    setExplain(undefined);
    explainFrom.current?.focus();
  };

  const pickFinding = (f: Finding) => {
    const area = editor.current;
    if (!area) return;
    const lines = yaml.split('\n');
    const start = lines.slice(0, f.line - 1).reduce((n, l) => n + l.length + 1, 0) + f.column - 1;
    const end = f.endLine === f.line ? start + Math.max(1, f.endColumn - f.column) : start + (lines[f.line - 1]?.length ?? 0);
    area.focus();
    area.setSelectionRange(start, end);
  };

  const doSave = (overwrite: boolean) => {
    if (!token) {
      setSave({ state: 'error', message: w.tokenMissing });
      return;
    }
    post<{ file: string; diff: { text?: string; error?: string }; git: string[] }>('/api/save', { store, name: safeName, yaml, overwrite, lang })
      .then((a) => setSave({ state: 'saved', message: fill(w.saved, { file: a.file }), diff: a.diff.text ?? a.diff.error ?? '', git: a.git }))
      .catch((e: Error) => {
        if (e instanceof ApiError && e.status === 409) setSave({ state: 'exists', message: fill(w.exists, { file: String(e.body.file) }) });
        else setSave({ state: 'error', message: e.message });
      });
  };

  const copyMarkdown = () => {
    post<{ markdown: string }>('/api/markdown', { store, name: safeName, yaml, lang, ...(now ? { now } : {}) })
      .then(async (a) => {
        setMarkdown(a.markdown);
        await navigator.clipboard?.writeText(a.markdown).catch(() => undefined);
      })
      .catch((e: Error) => setMarkdown(e.message));
  };

  const findings = answer?.report.diagnostics ?? [];
  return (
    <div className="proposal">
      <div className="editor-pane">
        <section className="form-pane">
          <h2>{w.form}</h2>
          {!parsed && <p className="warn-text" role="status">{w.yamlError}</p>}
          <PromotionForm value={lastGood.current} onChange={onChange} lang={lang} />
        </section>
        <section className="yaml-pane">
          <h2>
            <label htmlFor="yaml-editor">{w.yaml}</label>
          </h2>
          <textarea
            id="yaml-editor"
            ref={editor}
            spellCheck={false}
            value={yaml}
            onChange={(e) => {
              setYaml(e.target.value);
              setSave({ state: 'idle' });
            }}
          />
        </section>
      </div>
      <section className="results">
        <p className="status" role="status" id="dry-run-status">
          {busy ? w.running : answer ? fill(w.dryRunIn, { ms: answer.ms }) : ''}{' '}
          {answer && (
            <span id="summary" data-errors={answer.report.summary.errors}>
              {fill(w.summaryCounts, { errors: answer.report.summary.errors, warnings: answer.report.summary.warnings, infos: answer.report.summary.infos })}
            </span>
          )}
        </p>
        {error && (
          <p className="error" role="alert" id="dry-run-error">
            {error}
          </p>
        )}
        <h2>{w.findings}</h2>
        <Findings findings={findings} lang={lang} onPick={pickFinding} />
        <h2>{w.matrix}</h2>
        {answer && answer.prices.length > 0 && <p className="muted">{w.cellHint}</p>}
        {answer && <Matrix rows={answer.prices} lang={lang} onExplain={openExplain} />}
        {answer && answer.prices.length > 0 && <WorstChart rows={answer.prices} lang={lang} />}
        <div className="save">
          <button type="button" id="save-button" onClick={() => doSave(false)}>
            {w.save}
          </button>
          {save.state === 'exists' && (
            <button type="button" id="overwrite-button" className="danger" onClick={() => doSave(true)}>
              {w.overwrite}
            </button>
          )}
          <button type="button" id="markdown-button" onClick={copyMarkdown}>
            {w.copyMarkdown}
          </button>
          {save.message && (
            <p id="save-message" className={save.state === 'saved' ? 'ok-text' : 'error'} role="status">
              {save.message}
            </p>
          )}
          {save.diff !== undefined && (
            <>
              <h3>{w.diff}</h3>
              <pre id="save-diff">{save.diff}</pre>
            </>
          )}
          {save.git && (
            <>
              <h3>{w.gitCommands}</h3>
              <pre id="git-commands">{save.git.join('\n')}</pre>
            </>
          )}
          {markdown !== undefined && <textarea id="markdown-output" aria-label="Markdown" readOnly value={markdown} />}
        </div>
      </section>
      {explain && (
        <div
          className="dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby="explain-title"
          id="explain-dialog"
          data-sku={explain.row.sku}
          data-tier={explain.row.tier}
          data-part={explain.part}
          onKeyDown={(e) => {
            if (e.key === 'Escape') closeExplain();
          }}
        >
          <div className="dialog-body">
            <h2 id="explain-title">
              {w.explain}: {explain.row.sku} · {explain.row.tier} · {explain.part === 'single' ? w.single : w.worst}{' '}
              {yuan(explain.part === 'single' ? explain.row.single : explain.row.worst)}
            </h2>
            <pre id="explain-text">{explain.text}</pre>
            <button type="button" onClick={closeExplain} autoFocus>
              {w.close}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
