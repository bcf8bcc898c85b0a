import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { checkImage, convertImage, type Progress } from '../client/image-check-client';
import { useImageCheckFormat, useImageCheckStrings } from '../i18n';
import type { ImageReport, ProgressStep } from '../shared/analyze-image';
import type { DocumentKind } from '../shared/document-kind';
import type { CertificateReading } from '../shared/certificate-text';
import { verdictOf } from '../shared/checks';
import type { ReadingComparison } from '../shared/compare-reading';
import { ImageCheckError } from '../shared/errors';
import { markKinds } from '../shared/picture-marks';
import { AnnotatedPhoto } from './annotated-photo';
import { CheckResults } from './check-results';
import { summarise } from './report-text';
import { DocumentKindPicker } from './document-kind-picker';
import { FileChooser } from './file-chooser';

// The reading (and the name tool's rules it explains differences with) loads with the results.
const CertificateReadingPanel = lazy(() => import('./certificate-reading'));

/** The report with the reading's checks in place, once the person asked for the reading. */
function withReading(report: ImageReport, comparison: ReadingComparison | null): ImageReport {
  if (!comparison) return report;
  return { ...report, checks: comparison.checks, verdict: verdictOf(comparison.checks) };
}

/** The steps the progress bar shows, in order (their words: `progress.steps` in ../i18n). */
const steps: readonly ProgressStep[] = [
  'reading',
  'metadata',
  'structure',
  'decoding',
  'heic-decoder',
  'measuring',
];

interface Converted {
  file: File;
  url: string;
}

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; file: File; step: Progress }
  | { phase: 'done'; report: ImageReport; file: File }
  | { phase: 'converting'; report: ImageReport; file: File }
  | { phase: 'error'; message: string };

function revealResults() {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document
    .getElementById('results-heading')
    ?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}

function convertedName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '') || 'certificate';
  return `${base}-converted.jpg`;
}

export function ImageChecker() {
  const t = useImageCheckStrings();
  const f = useImageCheckFormat();
  const [kind, setKind] = useState<DocumentKind>('unknown');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [converted, setConverted] = useState<Converted | null>(null);
  const [convertError, setConvertError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const job = useRef<AbortController | null>(null);
  const [compared, setCompared] = useState<{
    comparison: ReadingComparison;
    reading: CertificateReading;
  } | null>(null);
  const onComparison = useCallback(
    (comparison: ReadingComparison | null, reading: CertificateReading | null) =>
      setCompared(comparison && reading ? { comparison, reading } : null),
    [],
  );

  // The latest file (or document kind) wins: starting a check aborts the one before, which
  // terminates its worker at once.
  const run = useCallback(
    (next: File, documentKind: DocumentKind, reveal = true) => {
      job.current?.abort();
      const controller = new AbortController();
      job.current = controller;
      setState({ phase: 'checking', file: next, step: 'reading' });
      setAnnouncement(t.progress.checking(next.name));
      checkImage(controller.signal, next, documentKind, (step) => {
        if (!controller.signal.aborted) setState({ phase: 'checking', file: next, step });
      }).then(
        (report) => {
          if (controller.signal.aborted) return;
          setState({ phase: 'done', report, file: next });
          setAnnouncement(summarise(report, t));
          // On a phone the results start below the fold: bring them up after a new file, but not
          // after a change of document kind, which would pull the options away from the finger.
          if (reveal) requestAnimationFrame(() => revealResults());
        },
        (error: unknown) => {
          if (
            controller.signal.aborted ||
            (error instanceof ImageCheckError && error.code === 'aborted')
          )
            return;
          setState({ phase: 'error', message: t.errors.check });
          setAnnouncement(t.errors.checkAnnouncement);
        },
      );
    },
    [t],
  );

  const onFile = useCallback(
    (next: File) => {
      setFile(next);
      setConverted(null);
      setConvertError('');
      run(next, kind);
    },
    [kind, run],
  );

  const onKind = (next: DocumentKind) => {
    setKind(next);
    if (file) run(file, next, false);
  };

  useEffect(() => () => job.current?.abort(), []);
  useEffect(
    () => () => {
      if (converted) URL.revokeObjectURL(converted.url);
    },
    [converted],
  );

  const onConvert = (report: ImageReport) => {
    if (!file) return;
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setConvertError('');
    setState({ phase: 'converting', report, file });
    setAnnouncement(t.fix.announcement);
    convertImage(controller.signal, file).then(
      (image) => {
        if (controller.signal.aborted) return;
        const copy = new File([image.blob], convertedName(file.name), { type: 'image/jpeg' });
        setConverted({ file: copy, url: URL.createObjectURL(copy) });
        setFile(copy);
        run(copy, kind);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ phase: 'done', report, file });
        const message =
          error instanceof ImageCheckError && error.code === 'convert-failed'
            ? t.errors.convertImpossible
            : t.errors.convert;
        setConvertError(message);
        setAnnouncement(message);
      },
    );
  };

  const checking = state.phase === 'checking';
  const shown =
    state.phase === 'done' || state.phase === 'converting'
      ? withReading(state.report, compared?.comparison ?? null)
      : null;
  const stepIndex = checking ? steps.findIndex((s) => s === state.step) : -1;
  const stepLabel = stepIndex >= 0 ? t.progress.steps[steps[stepIndex]!] : undefined;

  return (
    <div>
      <div className="space-y-6">
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t.chooser.heading}</h2>
          <FileChooser onFile={onFile} busy={state.phase !== 'idle'} />
        </div>
        <DocumentKindPicker value={kind} onChange={onKind} />
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {checking && (
        <div className="mt-6 rounded-lg bg-slate-100 p-4 dark:bg-slate-800" aria-busy="true">
          <p className="font-semibold [overflow-wrap:anywhere]">
            {t.progress.checking(state.file.name)}
          </p>
          <div
            role="progressbar"
            aria-label={t.progress.label}
            aria-valuemin={0}
            aria-valuemax={steps.length}
            aria-valuenow={stepIndex + 1}
            aria-valuetext={stepLabel}
            className="mt-3 h-3 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-600"
          >
            <div
              className="h-full rounded-full bg-blue-700 motion-safe:transition-[width] motion-safe:duration-300 dark:bg-blue-400"
              style={{ width: `${((stepIndex + 1) / steps.length) * 100}%` }}
            />
          </div>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{stepLabel}</p>
        </div>
      )}

      {state.phase === 'error' && (
        <p
          role="alert"
          className="mt-6 rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-lg dark:bg-red-950/40"
        >
          {state.message}
        </p>
      )}

      {converted && state.phase !== 'converting' && (
        <section
          aria-labelledby="copy-heading"
          className="mt-6 rounded-lg border-l-4 border-blue-700 bg-blue-50 p-4 dark:bg-blue-950/40"
        >
          <h2 id="copy-heading" className="text-xl font-bold">
            {t.copy.heading}
          </h2>
          <p className="mt-1">{t.copy.text(f.size(converted.file.size))}</p>
          <a
            href={converted.url}
            download={converted.file.name}
            className="mt-3 flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 sm:inline-flex"
          >
            {t.copy.download(converted.file.name)}
          </a>
        </section>
      )}

      {shown && (state.phase === 'done' || state.phase === 'converting') && (
        <CheckResults
          report={shown}
          headingLabel={converted ? t.results.checkedCopy : t.results.checked}
          aside={
            state.report.picture &&
            (markKinds(state.report.picture).length > 0 || compared) && (
              <AnnotatedPhoto
                file={state.file}
                marks={state.report.picture}
                reading={compared?.reading}
              />
            )
          }
        >
          {state.report.convertible && !converted && (
            <section
              aria-labelledby="fix-heading"
              className="mt-4 rounded-lg border-l-4 border-blue-700 bg-blue-50 p-4 dark:bg-blue-950/40"
            >
              <h3 id="fix-heading" className="text-xl font-bold">
                {t.fix.heading}
              </h3>
              <p className="mt-1">{t.fix.text}</p>
              <button
                type="button"
                disabled={state.phase === 'converting'}
                onClick={() => onConvert(state.report)}
                className="mt-3 min-h-12 w-full rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 disabled:opacity-60 sm:w-auto"
              >
                {state.phase === 'converting' ? t.fix.busy : t.fix.button}
              </button>
              {convertError && (
                <p role="alert" className="mt-2 font-medium text-red-800 dark:text-red-300">
                  {convertError}
                </p>
              )}
            </section>
          )}
        </CheckResults>
      )}

      {/* Mounted from the first photo on, so the reader and what was typed outlive a new photo. */}
      {file && (
        <Suspense fallback={null}>
          <CertificateReadingPanel
            file={state.phase === 'done' || state.phase === 'converting' ? state.file : file}
            checks={
              (state.phase === 'done' || state.phase === 'converting') &&
              state.report.checks.find((c) => c.id === 'decode')?.status === 'pass'
                ? state.report.checks
                : null
            }
            kind={kind}
            onComparison={onComparison}
          />
        </Suspense>
      )}
    </div>
  );
}
