import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { FileAnswer, FileFinding } from '../src/api';
import { post, type Lang } from './api';
import { fill, t } from './i18n';
import { FindingText } from './FindingText';


/** Same limit as the server's (serve/bodies.ts FILE_LIMIT): a bigger file is refused before it is sent. */
const FILE_LIMIT = 2 * 1024 * 1024;
const ENCODINGS = ['utf8', 'gb18030'] as const;

class UnreadableFile extends Error {}

/** The file's bytes in base64 (the API takes JSON only): the browser encodes it, without a copy in JS strings per byte. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    // the browser's own words (a DOMException) are in the browser's language, not the page's
    reader.onerror = () => reject(new UnreadableFile());
    reader.readAsDataURL(file);
  });
}

/** The matched characters marked inside the excerpt the checker cut around them. */
function Excerpt({ excerpt, severity }: { excerpt: NonNullable<FileFinding['excerpt']>; severity: FileFinding['severity'] }) {
  const { text, start, end } = excerpt;
  return (
    <span className="marked inline">
      {text.slice(0, start)}
      <mark className={severity}>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}

/**
 * "Drop a CSV/NDJSON export": the file goes to the server, which checks it
 * with `check listing`'s own reader and checker; each row with findings is
 * listed with its line in the file, the matched text marked, the law cited.
 */
export function FileCheck({ store, lang, now }: { store: string; lang: Lang; now: string }) {
  const w = t(lang);
  const [encoding, setEncoding] = useState<(typeof ENCODINGS)[number]>('utf8');
  const [answer, setAnswer] = useState<FileAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const last = useRef<File>(undefined);

  const check = async (file: File, as: string = encoding) => {
    last.current = file;
    setAnswer(undefined);
    setError(undefined);
    if (!/\.(csv|ndjson|jsonl|json)$/i.test(file.name)) {
      setError(fill(w.fileKind, { file: file.name }));
      return;
    }
    if (file.size > FILE_LIMIT) {
      setError(fill(w.fileTooBig, { file: file.name, mb: FILE_LIMIT / 1024 / 1024 }));
      return;
    }
    setBusy(file.name);
    try {
      const content = await readBase64(file);
      setAnswer(await post<FileAnswer>('/api/listing-file', { store, file: file.name, encoding: as, content, lang, ...(now ? { now } : {}) }));
    } catch (e) {
      setError(e instanceof UnreadableFile ? fill(w.fileUnreadable, { file: file.name }) : (e as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  // another store or language: the file on screen is checked again, so its verdicts and words match the page
  useEffect(() => {
    if (last.current) void check(last.current);
  }, [store, lang]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void check(file);
  };

  return (
    <section className="file-check" aria-labelledby="file-check-title">
      <h3 id="file-check-title">{w.listingFile}</h3>
      <div
        id="listing-drop"
        className={`drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{w.dropHere}</p>
        <div className="drop-controls">
          <label htmlFor="listing-file">{w.chooseFile}</label>
          <input
            id="listing-file"
            ref={picker}
            type="file"
            accept=".csv,.ndjson,.jsonl,.json,text/csv,application/x-ndjson"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void check(file);
              // the same file picked again (after a fix) must fire again
              e.target.value = '';
            }}
          />
          <label htmlFor="listing-encoding">{w.encoding}</label>
          <select
            id="listing-encoding"
            value={encoding}
            onChange={(e) => {
              const next = e.target.value as (typeof ENCODINGS)[number];
              setEncoding(next);
              if (last.current) void check(last.current, next);
            }}
          >
            <option value="utf8">UTF-8</option>
            <option value="gb18030">GB18030 / GBK</option>
          </select>
        </div>
      </div>
      <p role="status" className="muted" id="file-status">
        {busy ? fill(w.fileChecking, { file: busy }) : ''}
      </p>
      {error && (
        <p className="error" role="alert" id="file-error">
          {error}
        </p>
      )}
      {answer && (
        <div id="file-result" data-listings={answer.listings} data-failing={answer.failing}>
          <p>
            {fill(w.fileSummary, { file: answer.file, listings: answer.listings, failing: answer.failing, unreadable: answer.unreadable })}
          </p>
          {answer.notChecked.length > 0 && (
            <p className="warn-text" id="file-not-checked">
              {w.notChecked}: {answer.notChecked.map((c) => `${c.header} (${answer.file}:${c.line}:${c.column})`).join(', ')}
            </p>
          )}
          {answer.store.length > 0 && (
            <ul className="findings">
              {answer.store.map((f, i) => (
                <li key={i} className={`finding ${f.severity}`} data-code={f.code}>
                  <span className={`sev ${f.severity}`}>{f.severity}</span> <code>{f.code}</code> {f.file}:{f.line}:{f.column}
                  <div className="msg">{f.message}</div>
                </li>
              ))}
            </ul>
          )}
          <ol className="file-rows" id="file-rows">
            {answer.rows.map((r) => (
              <li key={`${r.line}/${r.row}`} data-line={r.line} data-sku={r.sku ?? ''} className="file-row">
                <strong>
                  {answer.file}:{r.line}
                </strong>{' '}
                · {fill(w.rowN, { n: r.row })}
                {r.sku ? (
                  <>
                    {' '}
                    · <code>{r.sku}</code>
                  </>
                ) : null}
                <ul className="findings">
                  {r.findings.map((f, i) => (
                    <li key={i} className={`finding ${f.waivedBy ? 'waived' : f.severity}`} data-code={f.code} data-field={f.field}>
                      <span className={`sev ${f.severity}`}>{f.waivedBy ? w.waived : f.severity}</span> <code>{f.code}</code>{' '}
                      <span className="loc">
                        {answer.file}:{f.line}:{f.column}
                      </span>
                      {f.field ? <> · {f.field}</> : null}
                      {f.excerpt && (
                        <div>
                          <Excerpt excerpt={f.excerpt} severity={f.severity} />
                        </div>
                      )}
                      <FindingText finding={f} words={w} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {answer.rowsNotShown > 0 && <p className="muted">{fill(w.rowsNotShown, { n: answer.rowsNotShown })}</p>}
          {answer.rows.length === 0 && <p className="ok-text">{w.clean}</p>}
        </div>
      )}
    </section>
  );
}
