import { useId, useState, type FormEvent } from 'react';
import { CopyButton } from '../../../../components/copy-button';
import { FindingList } from '../../components/finding-list';
import {
  buttonClass,
  fieldClass,
  hintClass,
  labelClass,
  verdictClass,
} from '../../components/form-styles';
import { useToolStrings } from '../../i18n';
import { localToday } from '../../shared/calendar-date';
import { messageText } from '../../shared/finding';
import { certificateTypes, isCertificateType, type CertificateType } from '../certificate-types';
import { checkCertificateNumber, type NumberCheck } from '../check-certificate-number';
import { useNumberStrings } from '../i18n';
import { NumberCells } from './number-cells';

const count = (result: NumberCheck, severity: 'error' | 'warning') =>
  result.findings.filter((f) => f.severity === severity).length;

/** Type or paste a number; it is checked on this device only, and nothing is kept. */
export function CertificateNumberTool() {
  const id = useId();
  const t = useNumberStrings();
  const { result: resultLabel } = useToolStrings();
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
            {t.typeLabel}
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
            {certificateTypes.map((c) => (
              <option key={c} value={c}>
                {t.types[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-2">
          <label htmlFor={`${id}-number`} className={labelClass}>
            {t.numberLabel}
          </label>
          <p id={`${id}-hint`} className={hintClass}>
            {t.numberHint}
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
          {t.submit}
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {result
          ? t.summary(
              result.verdict,
              count(result, 'error'),
              count(result, 'warning'),
              result.corrected,
            )
          : ''}
      </div>

      {result && (
        <section
          aria-label={resultLabel}
          data-verdict={result.verdict}
          className={`mt-3 space-y-5 rounded-lg border-2 p-3 sm:p-4 ${verdictClass[result.verdict]}`}
        >
          {result.normalized && (
            <NumberCells value={result.normalized} marked={marked} label={t.asChecked} />
          )}
          {result.changes.length > 0 && (
            <div>
              <h2 className="text-lg font-bold">{t.changesHeading}</h2>
              <ul className="mt-1 list-disc space-y-1 pl-6 text-lg">
                {result.changes.map((change) => (
                  <li key={change.code}>{messageText(t.changes, change)}</li>
                ))}
              </ul>
            </div>
          )}
          {result.corrected && (
            <div className="rounded-lg bg-blue-50 p-2 sm:p-3 dark:bg-blue-950/40">
              <NumberCells value={result.corrected} marked={marked} label={t.correctedLabel} />
              <p className="mt-2 font-mono text-xl font-bold break-all">{result.corrected}</p>
              <p className="mt-2">
                {t.compareFirst} <CopyButton text={result.corrected} label={t.copyCorrected} />
              </p>
            </div>
          )}
          <FindingList
            findings={result.findings}
            text={(finding) => messageText(t.findings, finding)}
            label={t.findingsLabel}
          />
        </section>
      )}
    </>
  );
}
