import { useState, type FormEvent } from 'react';
import { useFormat } from '../../../../i18n/locale-context';
import { FindingList } from '../../components/finding-list';
import { buttonClass, verdictClass } from '../../components/form-styles';
import { useToolStrings } from '../../i18n';
import { localToday, toIsoDate } from '../../shared/calendar-date';
import { messageText } from '../../shared/finding';
import { checkCertificateDates, type DatesCheck } from '../check-certificate-dates';
import { useDatesStrings } from '../i18n';
import { parseDateInput, type DateProblem } from '../parse-date-input';
import { DateField } from './date-field';

interface Errors {
  issued?: DateProblem;
  expiry?: DateProblem;
  /** Neither date was entered. */
  empty?: boolean;
}

/** Issue and expiry dates, checked against today in the person's own calendar. Nothing is kept. */
export function CertificateDatesTool() {
  const t = useDatesStrings();
  const { result: resultLabel } = useToolStrings();
  const format = useFormat();
  const [issuedText, setIssuedText] = useState('');
  const [expiryText, setExpiryText] = useState('');
  const [longTerm, setLongTerm] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<DatesCheck | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const issued = parseDateInput(issuedText);
    const expiry = longTerm
      ? ({ kind: 'long-term' } as const)
      : parseDateInput(expiryText, { allowLongTerm: true });
    const next: Errors = {};
    if (issued.kind === 'invalid') next.issued = issued.problem;
    if (expiry.kind === 'invalid') next.expiry = expiry.problem;
    if (issued.kind === 'empty' && expiry.kind === 'empty') next.empty = true;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      setResult(null);
      return;
    }
    setResult(
      checkCertificateDates({
        issued: issued.kind === 'date' ? issued.date : undefined,
        expiry:
          expiry.kind === 'date'
            ? expiry.date
            : expiry.kind === 'long-term'
              ? 'long-term'
              : undefined,
        today: localToday(),
      }),
    );
  };

  const issuedError = errors.issued && messageText(t.problems, errors.issued);
  const expiryError = errors.expiry && messageText(t.problems, errors.expiry);
  const errorSummary = [errors.empty ? t.enterOne : '', issuedError, expiryError]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-6" noValidate>
        <DateField
          label={t.issued.label}
          pickerLabel={t.issued.picker}
          value={issuedText}
          onChange={setIssuedText}
          error={issuedError}
        />
        <div className="space-y-3">
          <DateField
            label={t.expiry.label}
            pickerLabel={t.expiry.picker}
            value={longTerm ? '' : expiryText}
            onChange={setExpiryText}
            error={expiryError}
            disabled={longTerm}
          />
          <label className="flex min-h-11 cursor-pointer items-center gap-3 text-lg">
            <input
              type="checkbox"
              checked={longTerm}
              onChange={(e) => setLongTerm(e.target.checked)}
              className="size-6 shrink-0 accent-blue-700"
            />
            {t.longTerm}
          </label>
        </div>
        <button type="submit" className={buttonClass}>
          {t.submit}
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {errorSummary ? errorSummary : result ? t.verdict[result.verdict] : ''}
      </div>

      {result && (
        <section
          aria-label={resultLabel}
          data-verdict={result.verdict}
          className={`mt-3 space-y-4 rounded-lg border-2 p-4 ${verdictClass[result.verdict]}`}
        >
          {result.firstSubmitDate && (
            <p className="rounded-lg bg-blue-50 p-3 text-lg dark:bg-blue-950/40">
              {t.firstSubmit}{' '}
              <strong className="block text-2xl">
                {t.longDate(result.firstSubmitDate, format)}
              </strong>
              <span className="font-mono">{toIsoDate(result.firstSubmitDate)}</span>
            </p>
          )}
          <FindingList
            findings={result.findings}
            text={(finding) => messageText(t.findings, finding, format)}
            label={t.findingsLabel}
          />
          <p className="text-slate-700 dark:text-slate-300">
            {t.checkedAgainst(t.longDate(localToday(), format))}
          </p>
        </section>
      )}
    </>
  );
}
