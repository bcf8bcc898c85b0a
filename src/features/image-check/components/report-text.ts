import type { ImageReport } from '../shared/analyze-image';
import type { Verdict } from '../shared/checks';

export const verdicts: Record<Verdict, { title: string; text: string; box: string }> = {
  pass: {
    title: 'Your file looks ready to upload',
    text: 'These checks cannot see everything: make sure the whole certificate, with its borders, is in the picture, clear, and not covered.',
    box: 'border-green-700 bg-green-50 dark:bg-green-950/40',
  },
  warn: {
    title: 'Your file may be refused',
    text: 'Look at the points marked “Check this” below before you upload it.',
    box: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  },
  fail: {
    title: 'This file is likely to be refused',
    text: 'Fix the points marked “Must fix” below, then check the new file here.',
    box: 'border-red-700 bg-red-50 dark:bg-red-950/40',
  },
};

/** Plain-language summary for the live region: what screen-reader users hear when a check ends. */
export function summarise(report: ImageReport): string {
  const fails = report.checks.filter((c) => c.status === 'fail').length;
  const warns = report.checks.filter((c) => c.status === 'warn').length;
  const parts = [
    fails ? `${fails} ${fails === 1 ? 'thing' : 'things'} to fix` : '',
    warns ? `${warns} ${warns === 1 ? 'thing' : 'things'} to check` : '',
  ].filter(Boolean);
  return `Check finished for ${report.fileName}. ${verdicts[report.verdict].title}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}
