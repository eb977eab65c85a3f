import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { get, setApiLang, takeToken, type Lang } from './api';
import { t } from './i18n';
import { Calendar } from './Calendar';
import { ListingPage } from './Listing';
import { Overview } from './Overview';
import { ProposalPage } from './Proposal';
import './style.css';

type Tab = 'overview' | 'calendar' | 'proposal' | 'listing';
const TABS: Tab[] = ['overview', 'calendar', 'proposal', 'listing'];

function App() {
  const [token] = useState(() => takeToken());
  const [stores, setStores] = useState<{ id: string; dir: string }[]>([]);
  const [store, setStore] = useState<string>('');
  const [lang, setLang] = useState<Lang>(() => (navigator.language.startsWith('zh') ? 'zh' : 'en'));
  const [tab, setTab] = useState<Tab>(() => (TABS.find((x) => `#${x}` === window.location.hash) ?? 'overview'));
  const [now, setNow] = useState<string>(() => new URLSearchParams(window.location.search).get('now') ?? '');
  const [error, setError] = useState<string>();

  useEffect(() => {
    get<{ stores: { id: string; dir: string }[]; lang: Lang }>('/api/stores')
      .then((answer) => {
        setStores(answer.stores);
        // the server read Accept-Language; the switch overrides it for this tab
        setLang(answer.lang);
        setStore(answer.stores[0]?.id ?? '');
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  // during render, not in an effect: the pages' own effects (their requests) run before this component's
  setApiLang(lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const w = t(lang);

  return (
    <>
      <header className="top">
        <h1>{w.title}</h1>
        <label>
          {w.store}{' '}
          <select value={store} onChange={(e) => setStore(e.target.value)} id="store-select">
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
        </label>
        <label title={w.nowHelp}>
          {w.now}{' '}
          <input id="now-input" value={now} placeholder="2026-11-01T09:00:00+08:00" onChange={(e) => setNow(e.target.value)} size={26} />
        </label>
        <fieldset className="lang">
          <legend className="sr-only">{w.language}</legend>
          {(['zh', 'en'] as const).map((l) => (
            <button key={l} id={`lang-${l}`} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'zh' ? '中文' : 'English'}
            </button>
          ))}
        </fieldset>
      </header>
      <nav className="tabs" aria-label="pages">
        {TABS.map((x) => (
          <button key={x} type="button" id={`tab-${x}`} aria-current={tab === x ? 'page' : undefined} onClick={() => setTab(x)}>
            {w.tabs[x]}
          </button>
        ))}
      </nav>
      <main>
        {error && <p className="error" role="alert">{error}</p>}
        {store && tab === 'overview' && <Overview store={store} lang={lang} />}
        {store && tab === 'calendar' && <Calendar store={store} lang={lang} now={now} />}
        {store && tab === 'listing' && <ListingPage store={store} lang={lang} now={now} />}
        {/* kept mounted while another page is shown: a half-planned proposal survives a look at the overview */}
        {store && (
          <div hidden={tab !== 'proposal'}>
            <ProposalPage key={store} store={store} lang={lang} now={now} token={token} />
          </div>
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
