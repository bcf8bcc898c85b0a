import { useUnlistedStrings } from '../i18n/unlisted';

/**
 * A pasted message our sources list but give no guidance for: said honestly, before its closest
 * reasons. Its text loads only when such a message is found.
 */
export function UnlistedMessage({ message }: { message: string }) {
  const t = useUnlistedStrings();
  return (
    <section
      aria-labelledby="unlisted-heading"
      data-unlisted
      className="mt-3 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
    >
      <h2 id="unlisted-heading" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <p className="mt-1">{t.text(message)}</p>
    </section>
  );
}

/** The general checklist shown after the closest reasons, marked as general advice. */
export function UnlistedChecklist() {
  const t = useUnlistedStrings();
  return (
    <section aria-labelledby="checklist-heading" className="mt-6">
      <h2 id="checklist-heading" className="text-xl font-bold">
        {t.checklistHeading}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
        {t.checklist.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t.generalNote}</p>
    </section>
  );
}
