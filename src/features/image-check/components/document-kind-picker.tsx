import { useImageCheckStrings } from '../i18n';
import { documentKinds, type DocumentKind } from '../shared/document-kind';

/** Optional: knowing the document lets type-specific checks run (the red seal on licenses). */
export function DocumentKindPicker({
  value,
  onChange,
}: {
  value: DocumentKind;
  onChange: (kind: DocumentKind) => void;
}) {
  const t = useImageCheckStrings().documentKind;
  return (
    <fieldset>
      <legend className="text-lg font-semibold">{t.legend}</legend>
      <p className="text-slate-700 dark:text-slate-300">{t.hint}</p>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {documentKinds.map((kind) => (
          <label
            key={kind}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-500 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:border-blue-300 dark:has-[:checked]:bg-blue-950/40"
          >
            <input
              type="radio"
              name="document-kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              className="size-5 accent-blue-700"
            />
            <span>{t.kinds[kind]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
