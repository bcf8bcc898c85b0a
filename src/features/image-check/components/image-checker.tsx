import { useCallback, useEffect, useRef, useState } from 'react';
import { checkImage, convertImage, type Progress } from '../client/image-check-client';
import type { ImageReport } from '../shared/analyze-image';
import type { DocumentKind } from '../shared/document-kind';
import { ImageCheckError } from '../shared/errors';
import { formatBytes } from '../shared/file-rules';
import { CheckResults } from './check-results';
import { summarise } from './report-text';
import { DocumentKindPicker } from './document-kind-picker';
import { FileChooser } from './file-chooser';

const steps: { step: Progress; label: string }[] = [
  { step: 'reading', label: 'Reading the file' },
  { step: 'metadata', label: 'Reading the photo’s details' },
  { step: 'structure', label: 'Making sure the file is complete' },
  { step: 'decoding', label: 'Opening the picture' },
  { step: 'heic-decoder', label: 'Loading the HEIC reader' },
  { step: 'measuring', label: 'Measuring sharpness, colour and light' },
];

interface Converted {
  file: File;
  url: string;
}

type State =
  | { phase: 'idle' }
  | { phase: 'checking'; file: File; step: Progress }
  | { phase: 'done'; report: ImageReport }
  | { phase: 'converting'; report: ImageReport }
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
  const [kind, setKind] = useState<DocumentKind>('unknown');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [converted, setConverted] = useState<Converted | null>(null);
  const [convertError, setConvertError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const job = useRef<AbortController | null>(null);

  // The latest file (or document kind) wins: starting a check aborts the one before, which
  // terminates its worker at once.
  const run = useCallback((next: File, documentKind: DocumentKind, reveal = true) => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setState({ phase: 'checking', file: next, step: 'reading' });
    setAnnouncement(`Checking ${next.name}…`);
    checkImage(controller.signal, next, documentKind, (step) => {
      if (!controller.signal.aborted) setState({ phase: 'checking', file: next, step });
    }).then(
      (report) => {
        if (controller.signal.aborted) return;
        setState({ phase: 'done', report });
        setAnnouncement(summarise(report));
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
        setState({
          phase: 'error',
          message:
            'Something went wrong while checking this file. Please try again, or try another file.',
        });
        setAnnouncement('The check could not finish.');
      },
    );
  }, []);

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
    setState({ phase: 'converting', report });
    setAnnouncement('Making a JPEG copy…');
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
        setState({ phase: 'done', report });
        const message =
          error instanceof ImageCheckError && error.code === 'convert-failed'
            ? 'We could not make a copy that fits the limits without making it unreadable. Please take a new photo or scan.'
            : 'Something went wrong while making the copy. Please try again.';
        setConvertError(message);
        setAnnouncement(message);
      },
    );
  };

  const checking = state.phase === 'checking';
  const stepIndex = checking ? steps.findIndex((s) => s.step === state.step) : -1;

  return (
    <div>
      <div className="space-y-6">
        <div>
          <h2 className="mb-2 text-lg font-semibold">Your photo or scan</h2>
          <FileChooser onFile={onFile} busy={state.phase !== 'idle'} />
        </div>
        <DocumentKindPicker value={kind} onChange={onKind} />
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {checking && (
        <div className="mt-6 rounded-lg bg-slate-100 p-4 dark:bg-slate-800" aria-busy="true">
          <p className="font-semibold [overflow-wrap:anywhere]">Checking {state.file.name}…</p>
          <div
            role="progressbar"
            aria-label="Checking progress"
            aria-valuemin={0}
            aria-valuemax={steps.length}
            aria-valuenow={stepIndex + 1}
            aria-valuetext={steps[stepIndex]?.label}
            className="mt-3 h-3 overflow-hidden rounded-full bg-slate-300 dark:bg-slate-600"
          >
            <div
              className="h-full rounded-full bg-blue-700 motion-safe:transition-[width] motion-safe:duration-300 dark:bg-blue-400"
              style={{ width: `${((stepIndex + 1) / steps.length) * 100}%` }}
            />
          </div>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{steps[stepIndex]?.label}</p>
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
            Your new copy is ready
          </h2>
          <p className="mt-1">
            It is the same picture saved as a JPEG of {formatBytes(converted.file.size)}. Nothing
            was cropped or changed. Upload this copy instead of the original.
          </p>
          <a
            href={converted.url}
            download={converted.file.name}
            className="mt-3 flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 sm:inline-flex"
          >
            Download {converted.file.name}
          </a>
        </section>
      )}

      {(state.phase === 'done' || state.phase === 'converting') && (
        <CheckResults
          report={state.report}
          headingLabel={converted ? 'Checked your new copy' : 'Checked'}
        >
          {state.report.convertible && !converted && (
            <section
              aria-labelledby="fix-heading"
              className="mt-4 rounded-lg border-l-4 border-blue-700 bg-blue-50 p-4 dark:bg-blue-950/40"
            >
              <h3 id="fix-heading" className="text-xl font-bold">
                We can fix this here
              </h3>
              <p className="mt-1">
                We can save the same picture as a JPEG that fits the format and size rules, on your
                device. Nothing is cropped or retouched; only the file is made smaller if needed.
              </p>
              <button
                type="button"
                disabled={state.phase === 'converting'}
                onClick={() => onConvert(state.report)}
                className="mt-3 min-h-12 w-full rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 disabled:opacity-60 sm:w-auto"
              >
                {state.phase === 'converting' ? 'Making the copy…' : 'Make a JPEG copy that fits'}
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
    </div>
  );
}
