import { useId } from 'react';
import { fieldClass, hintClass, labelClass } from '../../components/form-styles';
import { toIsoDate } from '../../shared/calendar-date';
import { useDatesStrings } from '../i18n';
import { parseDateInput } from '../parse-date-input';

/**
 * A typed year-month-day field plus the device's own date picker; both edit the same text, so a
 * person can use whichever is easier and the value is never ambiguous.
 */
export function DateField({
  label,
  pickerLabel,
  value,
  onChange,
  error,
  disabled = false,
}: {
  label: string;
  pickerLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const t = useDatesStrings();
  const parsed = parseDateInput(value);
  const pickerValue = parsed.kind === 'date' ? toIsoDate(parsed.date) : '';
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-text`} className={labelClass}>
        {label}
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        {t.dateHint}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <input
          id={`${id}-text`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t.placeholder}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          className={`${fieldClass} sm:flex-1`}
        />
        <div className="sm:w-56">
          <label
            htmlFor={`${id}-picker`}
            className="block text-sm font-medium text-slate-700 dark:text-slate-300"
          >
            {pickerLabel}
          </label>
          <input
            id={`${id}-picker`}
            type="date"
            value={pickerValue}
            disabled={disabled}
            onChange={(e) => onChange(e.target.value)}
            className={fieldClass}
          />
        </div>
      </div>
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
