import { useId } from 'react';

const optionClass =
  'flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-slate-300 bg-white px-3 py-2 text-lg has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950/40';

/** One question as a fieldset of big radio buttons or checkboxes; arrow keys work as usual. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  labels,
  value,
  onChange,
  multiple = false,
}: {
  legend: string;
  hint?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  multiple?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option} className={optionClass}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option}
            checked={value.includes(option)}
            onChange={(e) =>
              onChange(
                multiple
                  ? e.target.checked
                    ? [...value, option]
                    : value.filter((v) => v !== option)
                  : [option],
              )
            }
            className="size-5 shrink-0 accent-blue-700 focus-visible:outline-none"
          />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
