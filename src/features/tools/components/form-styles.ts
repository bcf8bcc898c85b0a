// Shared class names so every tool's fields look and size alike (targets at least 44 px high).
export const fieldClass =
  'min-h-12 w-full rounded-lg border-2 border-slate-500 bg-white px-3 text-lg text-slate-900 placeholder:text-slate-500 focus:border-blue-700 aria-invalid:border-red-700 disabled:opacity-50 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400';
export const labelClass = 'block text-lg font-semibold';
export const hintClass = 'text-slate-700 dark:text-slate-300';
export const buttonClass =
  'min-h-12 w-full rounded-lg bg-blue-700 px-6 text-lg font-semibold text-white hover:bg-blue-800 sm:w-auto';
export const verdictClass = {
  pass: 'border-green-700 dark:border-green-400',
  warn: 'border-amber-600 dark:border-amber-400',
  fail: 'border-red-700 dark:border-red-400',
} as const;
