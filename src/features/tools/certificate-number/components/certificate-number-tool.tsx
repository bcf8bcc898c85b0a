import { useId, useState, type FormEvent } from 'react';
import { FindingList } from '../../components/finding-list';
import { CopyButton } from '../../../../components/copy-button';
import {
  buttonClass,
  fieldClass,
  hintClass,
  labelClass,
  verdictClass,
} from '../../components/form-styles';
import { localToday } from '../../shared/calendar-date';
import {
  certificateTypeLabels,
  certificateTypes,
  isCertificateType,
  type CertificateType,
} from '../certificate-types';
import { checkCertificateNumber, type NumberCheck } from '../check-certificate-number';
import { NumberCells } from './number-cells';

const verdictText = {
  pass: 'The number passed the checks.',
  warn: 'The number may be rejected: check the points below.',
  fail: 'The number will be rejected as it is: see the problems below.',
} as const;

function summary(result: NumberCheck): string {
  const problems = result.findings.filter((f) => f.severity === 'error').length;
  const checks = result.findings.filter((f) => f.severity === 'warning').length;
  const counts = [
    problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : '',
    checks > 0 ? `${checks} ${checks === 1 ? 'thing' : 'things'} to check` : '',
  ].filter(Boolean);
  return `${verdictText[result.verdict]}${counts.length ? ` ${counts.join(', ')}.` : ''}${result.corrected ? ` Corrected number: ${result.corrected}.` : ''}`;
}

/** Type or paste a number; it is checked on this device only, and nothing is kept. */
export function CertificateNumberTool() {
  const id = useId();
  const [type, setType] = useState<CertificateType>('resident-id');
  const [text, setText] = useState('');
  const [result, setResult] = useState<NumberCheck | null>(null);

  const run = (nextType: CertificateType) =>
    setResult(checkCertificateNumber(nextType, text, localToday()));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(type);
  };
  const marked = new Set(
    result?.findings.flatMap((f) => (f.position && f.severity !== 'ok' ? [f.position] : [])),
  );

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        <div className="space-y-2">
          <label htmlFor={`${id}-type`} className={labelClass}>
            Certificate type
          </label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              if (!isCertificateType(e.target.value)) return;
              setType(e.target.value);
              if (result) run(e.target.value);
            }}
            className={fieldClass}
          >
            {certificateTypes.map((t) => (
              <option key={t} value={t}>
                {certificateTypeLabels[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-2">
          <label htmlFor={`${id}-number`} className={labelClass}>
            Certificate number
          </label>
          <p id={`${id}-hint`} className={hintClass}>
            Type it or paste it exactly as it is printed. Spaces and full-width characters are fine:
            we show what we change.
          </p>
          <input
            id={`${id}-number`}
            type="text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${fieldClass} font-mono tracking-wide`}
          />
        </div>
        <button type="submit" className={buttonClass}>
          Check number
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {result ? summary(result) : ''}
      </div>

      {result && (
        <section
          aria-label="Result"
          data-verdict={result.verdict}
          className={`mt-3 space-y-5 rounded-lg border-2 p-3 sm:p-4 ${verdictClass[result.verdict]}`}
        >
          {result.normalized && (
            <NumberCells value={result.normalized} marked={marked} label="The number as checked" />
          )}
          {result.changes.length > 0 && (
            <div>
              <h2 className="text-lg font-bold">What we changed</h2>
              <ul className="mt-1 list-disc space-y-1 pl-6 text-lg">
                {result.changes.map((c) => (
                  <li key={c.kind}>{c.message}</li>
                ))}
              </ul>
            </div>
          )}
          {result.corrected && (
            <div className="rounded-lg bg-blue-50 p-2 sm:p-3 dark:bg-blue-950/40">
              <NumberCells value={result.corrected} marked={marked} label="Corrected number" />
              <p className="mt-2 font-mono text-xl font-bold break-all">{result.corrected}</p>
              <p className="mt-2">
                Compare it with your certificate before you use it.{' '}
                <CopyButton text={result.corrected} label="Copy corrected number" />
              </p>
            </div>
          )}
          <FindingList findings={result.findings} label="Findings" />
        </section>
      )}
    </>
  );
}
