/**
 * Number and date formatting in the page's language: what `useFormat()` (src/i18n) returns.
 * Strings modules take it as an argument, so they stay plain functions that Node tests can call.
 */
export interface ToolFormat {
  number: (n: number) => string;
  /** A calendar date given as year, month (1–12) and day. */
  date: (year: number, month: number, day: number) => string;
}
