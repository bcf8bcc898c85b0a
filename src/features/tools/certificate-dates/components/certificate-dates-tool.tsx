import { useState, type FormEvent } from 'react';
import { FindingList } from '../../components/finding-list';
import { buttonClass, verdictClass } from '../../components/form-styles';
import { localToday, toIsoDate, toLongDate } from '../../shared/calendar-date';
import { checkCertificateDates, type DatesCheck } from '../check-certificate-dates';
import { parseDateInput } from '../parse-date-input';
import { DateField } from './date-field';

const verdictText = {
  pass: 'The dates meet the rules.',
  warn: 'The dates may cause a rejection: see below.',
  fail: 'The dates do not meet the rules yet: see below.',
} as const;

interface Errors {
  issued?: string;
  expiry?: string;
  form?: string;
}

/** Issue and expiry dates, checked against today in the person's own calendar. Nothing is kept. */
export function CertificateDatesTool() {
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
    if (issued.kind === 'invalid') next.issued = issued.message;
    if (expiry.kind === 'invalid') next.expiry = expiry.message;
    if (issued.kind === 'empty' && expiry.kind === 'empty') {
      next.form = 'Enter the issue date, the expiry date, or both.';
    }
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

  const errorSummary = [errors.form, errors.issued, errors.expiry].filter(Boolean).join(' ');

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-6" noValidate>
        <DateField
          label="Issue date"
          pickerLabel="Or pick the issue date"
          value={issuedText}
          onChange={setIssuedText}
          error={errors.issued}
        />
        <div className="space-y-3">
          <DateField
            label="Expiry date"
            pickerLabel="Or pick the expiry date"
            value={longTerm ? '' : expiryText}
            onChange={setExpiryText}
            error={errors.expiry}
            disabled={longTerm}
          />
          <label className="flex min-h-11 cursor-pointer items-center gap-3 text-lg">
            <input
              type="checkbox"
              checked={longTerm}
              onChange={(e) => setLongTerm(e.target.checked)}
              className="size-6 shrink-0 accent-blue-700"
            />
            Long-term (长期): my certificate has no expiry date
          </label>
        </div>
        <button type="submit" className={buttonClass}>
          Check dates
        </button>
      </form>

      <div role="status" className="mt-6 text-xl font-bold">
        {errorSummary ? errorSummary : result ? verdictText[result.verdict] : ''}
      </div>

      {result && (
        <section
          aria-label="Result"
          data-verdict={result.verdict}
          className={`mt-3 space-y-4 rounded-lg border-2 p-4 ${verdictClass[result.verdict]}`}
        >
          {result.firstSubmitDate && (
            <p className="rounded-lg bg-blue-50 p-3 text-lg dark:bg-blue-950/40">
              First day you can submit:{' '}
              <strong className="block text-2xl">{toLongDate(result.firstSubmitDate)}</strong>
              <span className="font-mono">{toIsoDate(result.firstSubmitDate)}</span>
            </p>
          )}
          <FindingList findings={result.findings} label="Findings" />
          <p className="text-slate-700 dark:text-slate-300">
            Checked against today, {toLongDate(localToday())}, on this device’s calendar.
          </p>
        </section>
      )}
    </>
  );
}
