import { useId, type KeyboardEvent } from 'react';
import { Form } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';
import { useLookupStrings } from '../i18n';

/**
 * The big "paste your message" box. It is a real GET form to the lookup page, so it works before
 * JavaScript loads; with JavaScript, `onTextChange` gets every edit for results as you type.
 */
export function LookupBox({
  text,
  onTextChange,
  autoFocus = false,
  onFocus,
}: {
  text: string;
  onTextChange: (text: string) => void;
  autoFocus?: boolean;
  onFocus?: () => void;
}) {
  const id = useId();
  const t = useLookupStrings().box;
  const href = useLocalizedHref();
  // Enter searches, as in any search box; Shift+Enter still adds a line to a pasted email.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  return (
    <Form method="get" action={href(paths.lookup.href())} role="search" className="space-y-2">
      <label htmlFor={id} className="block text-lg font-semibold">
        {t.label}
      </label>
      <p id={`${id}-hint`} className="text-slate-700 dark:text-slate-300">
        {t.hint}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <textarea
          id={id}
          name="q"
          rows={2}
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t.placeholder}
          className="min-h-14 w-full flex-1 resize-y rounded-lg border-2 border-slate-500 bg-white p-3 text-lg text-slate-900 placeholder:text-slate-500 focus:border-blue-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button
          type="submit"
          className="min-h-14 rounded-lg bg-blue-700 px-6 text-lg font-semibold text-white hover:bg-blue-800"
        >
          {t.submit}
        </button>
      </div>
    </Form>
  );
}
