import type { ImageReport } from '../shared/analyze-image';
import type { Verdict } from '../shared/checks';
import type { ImageCheckStrings } from '../i18n/en';

/** The verdict box's colours; its words are in ../i18n (`results.verdicts`). */
export const verdictBoxes: Record<Verdict, string> = {
  pass: 'border-green-700 bg-green-50 dark:bg-green-950/40',
  warn: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  fail: 'border-red-700 bg-red-50 dark:bg-red-950/40',
};

/** Plain-language summary for the live region: what screen-reader users hear when a check ends. */
export function summarise(report: ImageReport, t: ImageCheckStrings): string {
  const fails = report.checks.filter((c) => c.status === 'fail').length;
  const warns = report.checks.filter((c) => c.status === 'warn').length;
  const { title } = t.results.verdicts[report.verdict];
  return t.results.summary(report.fileName, title, fails, warns);
}
