import type { Words } from './i18n';

/** A finding's message, hint and rule-doc link, as every page shows them. */
export function FindingText({ finding, words }: { finding: { message: string; hint?: string; docs?: string }; words: Words }) {
  return (
    <>
      <div className="msg">{finding.message}</div>
      {finding.hint && (
        <div className="hint">
          {words.hint}: {finding.hint}
        </div>
      )}
      {finding.docs && (
        <a href={`/${finding.docs}`} target="_blank" rel="noreferrer">
          {words.docs}
        </a>
      )}
    </>
  );
}
