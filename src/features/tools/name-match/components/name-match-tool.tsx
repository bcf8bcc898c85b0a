import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FindingList } from '../../components/finding-list';
import { buttonClass, hintClass, labelClass, verdictClass } from '../../components/form-styles';
import { useToolStrings } from '../../i18n';
import { messageText } from '../../shared/finding';
import { compareNames, needsChineseChars, type NameComparison } from '../compare-names';
import { useNameStrings } from '../i18n';
import { loadChineseChars, loadedChineseChars } from '../load-chinese-chars';
import { MarkedName } from './marked-name';

/** Findings listed one by one up to this many; a name with more differences is simply another name. */
const MAX_LISTED_FINDINGS = 12;

const textareaClass =
  'min-h-14 w-full resize-y rounded-lg border-2 border-slate-500 bg-white p-3 text-lg text-slate-900 focus:border-blue-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100';

/** The two names side by side, compared on this device only. */
export function NameMatchTool() {
  const id = useId();
  const t = useNameStrings();
  const { result: resultLabel } = useToolStrings();
  const [registrant, setRegistrant] = useState('');
  const [certificate, setCertificate] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<NameComparison | null>(null);
  /** The Chinese tables: being loaded for this result, or failed to load. */
  const [tables, setTables] = useState<'ready' | 'loading' | 'failed'>('ready');
  /** Which comparison is current, so a late table answers only the comparison that asked. */
  const run = useRef(0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const current = ++run.current;
    if (!registrant || !certificate) {
      setError(t.enterBoth);
      setResult(null);
      setTables('ready');
      return;
    }
    setError('');
    const chars = loadedChineseChars();
    const first = compareNames(registrant, certificate, chars);
    setResult(first);
    if (chars || !needsChineseChars(first)) {
      setTables('ready');
      return;
    }
    // Two names differ in a Chinese character: load the tables, then explain the differences.
    setTables('loading');
    loadChineseChars().then(
      (loaded) => {
        if (run.current !== current) return;
        setResult(compareNames(registrant, certificate, loaded));
        setTables('ready');
      },
      () => {
        if (run.current === current) setTables('failed');
      },
    );
  };
  // Names are one line: Enter compares, as in a search box.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  const listed = result?.findings.slice(0, MAX_LISTED_FINDINGS) ?? [];
  const hidden = (result?.findings.length ?? 0) - listed.length;

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        <div className="grid gap-5 sm:grid-cols-2">
          <div className="space-y-2">
            <label htmlFor={`${id}-registrant`} className={labelClass}>
              {t.registrant.label}
            </label>
            <p id={`${id}-registrant-hint`} className={hintClass}>
              {t.registrant.hint}
            </p>
            <textarea
              id={`${id}-registrant`}
              rows={2}
              value={registrant}
              onChange={(e) => setRegistrant(e.target.value)}
              onKeyDown={onKeyDown}
              aria-describedby={`${id}-registrant-hint`}
              autoComplete="off"
              spellCheck={false}
              className={textareaClass}
            />
          </div>
          <div className="space-y-2">
            <label htmlFor={`${id}-certificate`} className={labelClass}>
              {t.certificate.label}
            </label>
            <p id={`${id}-certificate-hint`} className={hintClass}>
              {t.certificate.hint}
            </p>
            <textarea
              id={`${id}-certificate`}
              rows={2}
              value={certificate}
              onChange={(e) => setCertificate(e.target.value)}
              onKeyDown={onKeyDown}
              aria-describedby={`${id}-certificate-hint`}
              autoComplete="off"
              spellCheck={false}
              className={textareaClass}
            />
          </div>
        </div>
        <button type="submit" className={buttonClass}>
          {t.submit}
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {error ||
          (result
            ? t.summary(result.identical, result.differences.length, result.abbreviated)
            : '')}
      </div>

      {result && (
        <section
          aria-label={resultLabel}
          aria-busy={tables === 'loading'}
          data-verdict={result.verdict}
          className={`mt-3 space-y-5 rounded-lg border-2 p-4 ${verdictClass[result.verdict]}`}
        >
          {!result.identical && (
            <div className="space-y-3">
              <MarkedName segments={result.segments} side="registrant" label={t.registrant.label} />
              <MarkedName
                segments={result.segments}
                side="certificate"
                label={t.certificate.label}
              />
              <p className={hintClass}>{t.markedHint}</p>
            </div>
          )}
          {tables !== 'ready' && (
            <p className={tables === 'failed' ? 'text-lg font-semibold' : hintClass}>
              {tables === 'failed' ? t.chineseFailed : t.chineseLoading}
            </p>
          )}
          <FindingList
            findings={listed}
            text={(finding) => messageText(t.findings, finding)}
            label={t.findingsLabel}
          />
          {hidden > 0 && <p className="text-lg">{t.more(hidden)}</p>}
        </section>
      )}
    </>
  );
}
