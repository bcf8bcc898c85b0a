// The reading of the certificate against what the person entered in their registration: the
// `number-match`, `name-match` and `type-match` checks, and `mirror` told from the pixels. The
// differences are explained with the tools' own rules (the name check, the number's format), so
// the checker and the tools say the same thing. Pure; the page runs it on every keystroke.
import {
  compareNames,
  type ChineseChars,
  type NameComparison,
} from '../../tools/name-match/compare-names';
import { normalizeNumber } from '../../tools/certificate-number/normalize-number';
import type { CertificateReading } from './certificate-text';
import { result, type CheckResult } from './checks';
import type { DocumentKind } from './document-kind';
import { READING_FIELD_SURE } from './limits';

/** What the person entered in their registration (both optional) and the type they chose. */
export interface Entered {
  name: string;
  number: string;
  kind: DocumentKind;
}

/** The checks the reading decides, with the tools' explanations of each difference. */
export interface ReadingComparison {
  checks: CheckResult[];
  /** The name check's comparison (entered against read), when both are there and sure. */
  name?: NameComparison;
  /** The same comparison for the number (look-alike characters, missing or extra ones). */
  number?: NameComparison;
}

// A business license with a duplicate shows e.g. "(1-1)" after the number; it is not part of it.
const DUPLICATE_SUFFIX = /\(\d+[-‐‑–—]\d+\)$/;

const sure = (field: { confidence: number } | undefined) =>
  field !== undefined && field.confidence >= READING_FIELD_SURE;

function compareNumber(
  reading: CertificateReading,
  entered: string,
): { check: CheckResult; comparison?: NameComparison } {
  const read = reading.number;
  if (!read) return { check: result('number-match', 'skip', { code: 'number-unread' }) };
  if (read.valid === false || !sure(read)) {
    return { check: result('number-match', 'skip', { code: 'number-unsure', read: read.text }) };
  }
  const value = normalizeNumber(entered).value;
  if (!value) {
    return {
      check: result('number-match', 'skip', { code: 'number-not-entered', read: read.text }),
    };
  }
  const suffix = DUPLICATE_SUFFIX.exec(value);
  if (suffix && value.slice(0, suffix.index) === read.text) {
    return {
      check: result('number-match', 'fail', {
        code: 'number-suffix',
        read: read.text,
        suffix: suffix[0],
      }),
    };
  }
  if (value === read.text) {
    return { check: result('number-match', 'pass', { code: 'number-matches', read: read.text }) };
  }
  return {
    check: result('number-match', 'fail', { code: 'number-differs', read: read.text, entered }),
    comparison: compareNames(value, read.text),
  };
}

function compareName(
  reading: CertificateReading,
  entered: string,
  chars?: ChineseChars,
): { check: CheckResult; comparison?: NameComparison } {
  const read = reading.name;
  if (!read) return { check: result('name-match', 'skip', { code: 'name-unread' }) };
  if (!sure(read)) {
    return { check: result('name-match', 'skip', { code: 'name-unsure', read: read.text }) };
  }
  if (!entered.trim()) {
    return { check: result('name-match', 'skip', { code: 'name-not-entered', read: read.text }) };
  }
  const comparison = compareNames(entered.trim(), read.text, chars);
  return {
    check: comparison.identical
      ? result('name-match', 'pass', { code: 'name-matches', read: read.text })
      : result('name-match', 'fail', { code: 'name-differs', read: read.text, entered }),
    comparison,
  };
}

function compareType(reading: CertificateReading, chosen: DocumentKind): CheckResult {
  const read = reading.title;
  if (!read || !sure(read)) return result('type-match', 'skip', { code: 'type-unread' });
  if (chosen === 'unknown') {
    return result('type-match', 'skip', { code: 'type-not-chosen', read: read.kind });
  }
  if (chosen === read.kind)
    return result('type-match', 'pass', { code: 'type-matches', read: read.kind });
  return result('type-match', 'warn', { code: 'type-differs', read: read.kind, chosen });
}

/**
 * `mirror` after the reading: mirrored text fails whatever the metadata said; text that clearly
 * reads the right way round (and clearly worse flipped) passes, unless the file itself is marked
 * as mirrored (a viewer that ignores the mark shows it back to front). Anything less sure leaves
 * the check as it was.
 */
function mirrorAfterReading(reading: CertificateReading, before: CheckResult): CheckResult {
  if (reading.mirrored) return result('mirror', 'fail', { code: 'mirror-text' });
  if (!reading.upright || before.message.code === 'mirror-flagged') return before;
  return result('mirror', 'pass', { code: 'mirror-text-ok' });
}

/** The report's checks with the reading's verdicts in place of their skips. */
export function compareReading(
  checks: readonly CheckResult[],
  reading: CertificateReading,
  entered: Entered,
  chars?: ChineseChars,
): ReadingComparison {
  if (!reading.legible) {
    const why = { code: 'reading-illegible' } as const;
    const illegible: Partial<Record<CheckResult['id'], CheckResult>> = {
      'number-match': result('number-match', 'skip', why),
      'name-match': result('name-match', 'skip', why),
      'type-match': result('type-match', 'skip', why),
    };
    return { checks: checks.map((c) => illegible[c.id] ?? c) };
  }
  const number = compareNumber(reading, entered.number);
  const name = compareName(reading, entered.name, chars);
  const replaced: Partial<Record<CheckResult['id'], CheckResult>> = {
    'number-match': number.check,
    'name-match': name.check,
    'type-match': compareType(reading, entered.kind),
  };
  return {
    checks: checks.map((c) =>
      c.id === 'mirror' ? mirrorAfterReading(reading, c) : (replaced[c.id] ?? c),
    ),
    ...(name.comparison && { name: name.comparison }),
    ...(number.comparison && { number: number.comparison }),
  };
}
