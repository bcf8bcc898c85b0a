// "Read the text on my certificate": the opt-in reading, its progress, what it read, and the
// comparison with what the person entered. Loaded only with the results (a lazy chunk): the
// reader itself downloads only on the click. What is typed here stays in this component's state.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FindingList } from '../../tools/components/finding-list';
import { fieldClass, hintClass, labelClass } from '../../tools/components/form-styles';
import type { NameComparison } from '../../tools/name-match/compare-names';
import { useNameStrings } from '../../tools/name-match/i18n';
import { loadChineseChars, loadedChineseChars } from '../../tools/name-match/load-chinese-chars';
import { needsChineseChars, type ChineseChars } from '../../tools/name-match/compare-names';
import { messageText } from '../../tools/shared/finding';
import { readCertificate, stopReader, type ReadOutcome } from '../client/read-text-client';
import { useImageCheckFormat, useImageCheckStrings } from '../i18n';
import { useReadingStrings } from '../i18n/reading';
import type { CertificateReading, ReadField } from '../shared/certificate-text';
import type { CheckResult } from '../shared/checks';
import { compareReading, type ReadingComparison } from '../shared/compare-reading';
import type { DocumentKind } from '../shared/document-kind';
import { ImageCheckError } from '../shared/errors';
import type { ReadingProgress } from '../shared/reading-messages';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; progress: ReadingProgress }
  | { phase: 'done'; outcome: ReadOutcome }
  | { phase: 'cancelled' }
  | { phase: 'failed' };

/** Findings listed per comparison; a longer list means another name or number altogether. */
const MAX_LISTED = 8;

const buttonClass =
  'min-h-12 w-full rounded-lg px-5 text-lg font-semibold sm:w-auto disabled:opacity-60';

/**
 * The differences in the name tool's words. For a number only the differences themselves: the
 * name tool's notes (sound-alike characters, a transfer to another registrant) are about names.
 */
function Differences({
  comparison,
  label,
  of,
}: {
  comparison: NameComparison;
  label: string;
  of: 'name' | 'number';
}) {
  const t = useNameStrings();
  const findings = comparison.findings
    .filter((f) =>
      of === 'number'
        ? f.code === 'difference' || f.code === 'formatting-only'
        : f.code !== 'identical' && f.code !== 'sound-alike',
    )
    .slice(0, MAX_LISTED);
  return (
    <div className="mt-3">
      <h4 className="mb-2 text-lg font-semibold">{label}</h4>
      <FindingList
        findings={findings}
        text={(finding) => messageText(t.findings, finding)}
        label={label}
      />
    </div>
  );
}

/** A read field: the text, and how sure the reader was. */
function Read({
  label,
  field,
  mono = false,
}: {
  label: string;
  field: ReadField | undefined;
  /** A number: in a typeface where 0 and O, 1 and I differ. */
  mono?: boolean;
}) {
  const t = useReadingStrings();
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{label}</dt>
      <dd className="m-0 [overflow-wrap:anywhere]">
        {field ? (
          <>
            <span lang="zh-CN" className={`text-lg ${mono ? 'font-mono' : 'font-semibold'}`}>
              {field.text}
            </span>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              ({t.sure(Math.round(field.confidence * 100))})
            </span>
          </>
        ) : (
          t.notFound
        )}
      </dd>
    </div>
  );
}

export default function CertificateReadingPanel({
  file,
  checks,
  kind,
  onComparison,
}: {
  file: File;
  /**
   * The photo check's results, whose reading checks the comparison fills in; null while a photo
   * is being checked or cannot be read (then nothing shows, but the reader and fields are kept).
   */
  checks: readonly CheckResult[] | null;
  kind: DocumentKind;
  /** The comparison (new checks), or null while there is no reading. */
  onComparison: (comparison: ReadingComparison | null, reading: CertificateReading | null) => void;
}) {
  const id = useId();
  const t = useImageCheckStrings();
  const r = useReadingStrings();
  const f = useImageCheckFormat();
  // The reading belongs to the photo it was made of: a new photo starts from idle again.
  const [current, setState] = useState<{ file: File; state: State } | null>(null);
  const state: State = current?.file === file ? current.state : { phase: 'idle' };
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [chars, setChars] = useState<ChineseChars | undefined>(loadedChineseChars);
  const job = useRef<AbortController | null>(null);

  // A new photo stops a reading under way; the typed values stay.
  useEffect(() => () => job.current?.abort(), [file]);
  // Leaving the page frees the reader's memory.
  useEffect(() => () => stopReader(), []);

  const reading = checks && state.phase === 'done' ? state.outcome.reading : null;
  const comparison = useMemo(
    () =>
      checks && reading ? compareReading(checks, reading, { name, number, kind }, chars) : null,
    [checks, reading, name, number, kind, chars],
  );
  useEffect(() => onComparison(comparison, reading), [comparison, reading, onComparison]);
  useEffect(() => {
    if (!chars && comparison?.name && needsChineseChars(comparison.name)) {
      loadChineseChars().then(setChars, () => {});
    }
  }, [chars, comparison]);

  const start = () => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    const set = (next: State) => setState({ file, state: next });
    set({ phase: 'reading', progress: { step: 'preparing' } });
    readCertificate(controller.signal, file, (progress) => {
      if (!controller.signal.aborted) set({ phase: 'reading', progress });
    }).then(
      (outcome) => {
        if (!controller.signal.aborted) set({ phase: 'done', outcome });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const aborted = error instanceof ImageCheckError && error.code === 'aborted';
        set({ phase: aborted ? 'cancelled' : 'failed' });
      },
    );
  };
  const cancel = () => {
    job.current?.abort();
    setState({ file, state: { phase: 'cancelled' } });
  };

  if (!checks) return null;
  const progress = state.phase === 'reading' ? state.progress : null;
  // The download is most of a first reading; then each line read moves the bar on.
  const share = !progress
    ? 0
    : progress.step === 'downloading'
      ? (0.7 * progress.loaded) / progress.total
      : progress.step === 'preparing' || progress.step === 'decoding'
        ? 0.75
        : (progress.step === 'reading' ? 0.78 : 0.9) +
          (progress.step === 'reading' ? 0.12 : 0.1) *
            (progress.total ? progress.done / progress.total : 0);
  const stepText = !progress
    ? ''
    : progress.step === 'downloading'
      ? r.steps.downloading(Math.round((100 * progress.loaded) / progress.total))
      : progress.step === 'reading' || progress.step === 'reading-flipped'
        ? r.steps[progress.step] +
          (progress.total ? r.steps.lines(progress.done, progress.total) : '')
        : r.steps[progress.step];

  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-reading={state.phase}
      className="mt-6 rounded-lg border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {r.heading}
      </h2>
      <p className="mt-1">{r.intro}</p>

      <fieldset className="mt-4 space-y-4">
        <legend className="text-lg font-semibold">{r.fields.legend}</legend>
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className={labelClass}>
            {r.fields.name}
          </label>
          <p id={`${id}-name-hint`} className={hintClass}>
            {r.fields.nameHint}
          </p>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value.slice(0, 300))}
            aria-describedby={`${id}-name-hint`}
            autoComplete="off"
            spellCheck={false}
            className={fieldClass}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-number`} className={labelClass}>
            {r.fields.number}
          </label>
          <input
            id={`${id}-number`}
            value={number}
            onChange={(e) => setNumber(e.target.value.slice(0, 60))}
            autoComplete="off"
            spellCheck={false}
            className={`${fieldClass} font-mono`}
          />
        </div>
        <p className={hintClass}>{r.fields.type(t.documentKind.kinds[kind])}</p>
      </fieldset>

      <p className={`mt-4 ${hintClass}`}>{r.download}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {state.phase === 'reading' ? (
          <button
            type="button"
            onClick={cancel}
            className={`${buttonClass} border-2 border-slate-600 bg-white text-slate-900 hover:bg-slate-100 dark:bg-slate-900 dark:text-slate-100`}
          >
            {r.cancel}
          </button>
        ) : (
          <button
            type="button"
            onClick={start}
            className={`${buttonClass} bg-blue-700 text-white hover:bg-blue-800`}
          >
            {state.phase === 'done' ? r.again : r.button}
          </button>
        )}
      </div>

      {/* A live region, not role="status": the checker's own status line is the page's one. */}
      <div aria-live="polite" className="mt-3">
        {progress && (
          <div aria-busy="true">
            <div
              role="progressbar"
              aria-label={r.progressLabel}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(share * 100)}
              aria-valuetext={stepText}
              className="h-3 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-600"
            >
              <div
                className="h-full rounded-full bg-blue-700 dark:bg-blue-400"
                style={{ width: `${Math.round(share * 100)}%` }}
              />
            </div>
            <p className="mt-2">{stepText}</p>
          </div>
        )}
        {state.phase === 'cancelled' && <p>{r.cancelled}</p>}
        {state.phase === 'done' && <p className="sr-only">{r.finished}</p>}
      </div>
      {state.phase === 'failed' && (
        <p
          role="alert"
          className="mt-3 rounded-lg border-l-4 border-red-700 bg-red-50 p-3 dark:bg-red-950/40"
        >
          {r.failed}
        </p>
      )}

      {reading && (
        <div className="mt-4" data-read>
          <h3 className="text-lg font-semibold">{r.readHeading}</h3>
          {!reading.legible && (
            <p className="mt-1">
              {t.messages['reading-illegible']({ code: 'reading-illegible' }, f)}
            </p>
          )}
          {reading.mirrored && <p className="mt-1 font-semibold">{r.mirroredNote}</p>}
          <dl className="mt-2 space-y-1">
            <Read label={r.read.number} field={reading.number} mono />
            <Read label={r.read.name} field={reading.name} />
            <Read
              label={r.read.title}
              field={
                reading.title && {
                  ...reading.title,
                  text: `${reading.title.text} · ${t.documentKind.kinds[reading.title.kind]}`,
                }
              }
            />
          </dl>
          {comparison?.number && (
            <Differences comparison={comparison.number} label={r.differences.number} of="number" />
          )}
          {comparison?.name && !comparison.name.identical && (
            <Differences comparison={comparison.name} label={r.differences.name} of="name" />
          )}
        </div>
      )}
    </section>
  );
}
