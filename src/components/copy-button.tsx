import { useState } from 'react';
import { useCommonStrings } from '../i18n/common';

/**
 * Copies text to the clipboard, and says so to sighted and screen-reader users alike.
 * `label` is the visible text; `ariaLabel` names the button more fully where the visible label
 * is short ("Copy" beside one of several messages).
 */
export function CopyButton({
  text,
  label,
  ariaLabel,
  copiedMessage,
}: {
  text: string;
  label?: string;
  ariaLabel?: string;
  copiedMessage?: string;
}) {
  const t = useCommonStrings().copy;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={ariaLabel}
        className="min-h-11 rounded-md border border-slate-400 bg-white px-3 font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        {state === 'copied' ? t.copied : (label ?? t.copy)}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? (copiedMessage ?? t.copied) : state === 'failed' ? t.failed : ''}
      </span>
    </span>
  );
}
