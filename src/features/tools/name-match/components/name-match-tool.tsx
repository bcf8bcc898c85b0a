import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FindingList } from '../../components/finding-list';
import { buttonClass, hintClass, labelClass, verdictClass } from '../../components/form-styles';
import { compareNames, type NameComparison } from '../compare-names';
import { MarkedName } from './marked-name';

/** Findings listed one by one up to this many; a name with more differences is simply another name. */
const MAX_LISTED_FINDINGS = 12;

const textareaClass =
  'min-h-14 w-full resize-y rounded-lg border-2 border-slate-500 bg-white p-3 text-lg text-slate-900 focus:border-blue-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100';

function summary(result: NameComparison): string {
  if (result.identical) return 'The names are exactly the same.';
  const n = result.differences.length;
  return `The names differ: ${n} ${n === 1 ? 'difference' : 'differences'}${result.abbreviated ? ', and the registrant name looks shortened' : ''}.`;
}

/** The two names side by side, compared on this device only. */
export function NameMatchTool() {
  const id = useId();
  const [registrant, setRegistrant] = useState('');
  const [certificate, setCertificate] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<NameComparison | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!registrant || !certificate) {
      setError('Enter both names to compare them.');
      setResult(null);
      return;
    }
    setError('');
    setResult(compareNames(registrant, certificate));
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
              Registrant name
            </label>
            <p id={`${id}-registrant-hint`} className={hintClass}>
              As in the domain’s registration information.
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
              Name on the certificate
            </label>
            <p id={`${id}-certificate-hint`} className={hintClass}>
              Exactly as it is printed.
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
          Compare names
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {error || (result ? summary(result) : '')}
      </div>

      {result && (
        <section
          aria-label="Result"
          data-verdict={result.verdict}
          className={`mt-3 space-y-5 rounded-lg border-2 p-4 ${verdictClass[result.verdict]}`}
        >
          {!result.identical && (
            <div className="space-y-3">
              <MarkedName segments={result.segments} side="registrant" label="Registrant name" />
              <MarkedName
                segments={result.segments}
                side="certificate"
                label="Name on the certificate"
              />
              <p className={hintClass}>
                Differences are marked; ␣ is a space, ‸ shows where something is missing.
              </p>
            </div>
          )}
          <FindingList findings={listed} label="Differences" />
          {hidden > 0 && (
            <p className="text-lg">
              And {hidden} more. With this many differences, check that you are comparing the right
              names.
            </p>
          )}
        </section>
      )}
    </>
  );
}
