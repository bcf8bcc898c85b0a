// What the text recognised on a certificate says: its title (so its type), its number and its
// name, and whether the picture is mirrored. Pure: the reading worker gives it the recognised lines,
// the page compares the result with what the person entered (compare-reading.ts). Tested in Node.
import {
  EARLIEST_BIRTH_YEAR,
  residentIdBirthDate,
  residentIdCheckCharacter,
} from '../../tools/certificate-number/resident-id';
import { isUsccCharacter, usccCheckCharacter } from '../../tools/certificate-number/uscc';
import { toHalfWidth } from '../../tools/shared/half-width';
import type { DocumentKind } from './document-kind';
import {
  MIRROR_MIN_GAIN,
  MIRROR_MIN_LEGIBILITY,
  READING_MIN_CHARACTERS,
  READING_UPRIGHT_SURE,
} from './limits';

/** A rectangle as shares (0–1) of the picture's width and height, so any copy of it can draw it. */
export interface ShareBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text as the recogniser returns it. */
export interface TextLine {
  text: string;
  /** 0–1: how sure the recogniser is of the whole line. */
  confidence: number;
  box: ShareBox;
}

/** A piece of the certificate we read, where it is, and how sure the recogniser was (0–1). */
export interface ReadField {
  text: string;
  confidence: number;
  box: ShareBox;
}

/** Which rule a read number follows; `valid` says whether its check character agrees. */
export type NumberStandard = 'resident-id' | 'uscc' | 'passport';

export interface ReadNumber extends ReadField {
  standard: NumberStandard;
  /** The check character agrees with the rest (null: the standard has none, e.g. a passport). */
  valid: boolean | null;
}

export interface ReadTitle extends ReadField {
  kind: Exclude<DocumentKind, 'unknown' | 'other'>;
}

/** What one orientation of the picture reads as. */
export interface CertificateText {
  /** Characters' mean confidence over every line of at least two characters (0 when none). */
  legibility: number;
  /** How many characters were read in those lines. */
  characters: number;
  title?: ReadTitle;
  number?: ReadNumber;
  name?: ReadField;
}

/** The whole reading: the orientation that reads better, and what it says. */
export interface CertificateReading extends CertificateText {
  /** The text reads clearly only after flipping the picture left to right. */
  mirrored: boolean;
  /** Enough text was read, clearly enough, to compare what it says. */
  legible: boolean;
  /**
   * The text reads clearly the right way round, and the flipped picture (when read) clearly
   * worse: only then may the page say "not mirrored". A legible reading can still be unsure.
   */
  upright: boolean;
}

/**
 * Printed titles with the document they name, then (for the ID card's front, which has none) its
 * number's label: the first that matches any line wins.
 */
const TITLES: readonly [RegExp, ReadTitle['kind']][] = [
  [/居民身份证/, 'identity-card'],
  [/营业执照/, 'business-license'],
  [/护照|PASSPORT/, 'passport'],
  [
    /组织机构代码证|事业单位法人证书|社会团体法人登记证书|民办非企业单位登记证书|基金会法人登记证书|统一社会信用代码证书/,
    'organization-certificate',
  ],
  [/公民身份号码/, 'identity-card'],
];

/** Labels a name follows on Chinese certificates (姓名 on ID cards and passports, 名称 on licences). */
const NAME_LABEL = /^(?:姓名|名称|单位名称|机构名称|名字)(?:\/?NAME)?[:：]?/i;
/** Labels a number follows: a number on their line, or the next, is the certificate's number. */
const NUMBER_LABEL = /号码|代码|证号|护照号|NO\.?/i;

/** A line as we match it: half-width, upper case, without spaces. */
const flat = (text: string) => toHalfWidth(text).toUpperCase().replace(/\s+/g, '');

/** Characters in the lines that count towards legibility (junk of one character does not). */
const counted = (lines: readonly TextLine[]) =>
  lines.filter((l) => [...l.text.replace(/\s+/g, '')].length >= 2);

function legibilityOf(lines: readonly TextLine[]): { legibility: number; characters: number } {
  let weighted = 0;
  let characters = 0;
  for (const line of counted(lines)) {
    const n = [...line.text.replace(/\s+/g, '')].length;
    weighted += line.confidence * n;
    characters += n;
  }
  return { legibility: characters > 0 ? weighted / characters : 0, characters };
}

function titleOf(lines: readonly TextLine[]): ReadTitle | undefined {
  for (const [pattern, kind] of TITLES) {
    const line = lines.find((l) => pattern.test(flat(l.text)));
    if (line) {
      const match = pattern.exec(flat(line.text))!;
      return { kind, text: match[0], confidence: line.confidence, box: line.box };
    }
  }
  return undefined;
}

/** The standard an 18-character (or passport-shaped) token follows, and whether it is valid. */
function classifyNumber(token: string): Pick<ReadNumber, 'standard' | 'valid'> | undefined {
  if (/^\d{17}[\dX]$/.test(token)) {
    // Digits 7–14 are a birth date: without one, these are other digits (a receipt's, a code's).
    const born = residentIdBirthDate(token);
    if (!born || born.year < EARLIEST_BIRTH_YEAR) return undefined;
    return {
      standard: 'resident-id',
      valid: residentIdCheckCharacter(token.slice(0, 17)) === token[17],
    };
  }
  if (token.length === 18 && /^[0-9A-Z]{2}\d{6}/.test(token) && [...token].every(isUsccCharacter)) {
    return { standard: 'uscc', valid: usccCheckCharacter(token.slice(0, 17)) === token[17] };
  }
  // Chinese passports: E plus eight digits, or E, a letter and seven (G, D, S, P for older kinds).
  if (/^[EGDSP][A-Z]?\d{7,8}$/.test(token) && token.length === 9) {
    return { standard: 'passport', valid: null };
  }
  return undefined;
}

/** Number-like tokens in a line (after its label, when it has one). */
function tokensOf(line: TextLine): string[] {
  return flat(line.text).match(/[0-9A-Z]{9,18}/g) ?? [];
}

function numberOf(
  lines: readonly TextLine[],
  title: ReadTitle | undefined,
): ReadNumber | undefined {
  const found: { number: ReadNumber; score: number }[] = [];
  lines.forEach((line, index) => {
    const labelled =
      NUMBER_LABEL.test(flat(line.text)) ||
      (index > 0 && NUMBER_LABEL.test(flat(lines[index - 1]!.text)));
    for (const token of tokensOf(line)) {
      const kind = classifyNumber(token);
      if (!kind) continue;
      // A passport's number is the one to compare on a passport; elsewhere the 18-character ones.
      const fits =
        title?.kind === 'passport' ? kind.standard === 'passport' : kind.standard !== 'passport';
      const score =
        (kind.valid !== false ? 4 : 0) + (fits ? 2 : 0) + (labelled ? 1 : 0) + line.confidence;
      found.push({
        number: { text: token, confidence: line.confidence, box: line.box, ...kind },
        score,
      });
    }
  });
  found.sort((a, b) => b.score - a.score);
  return found[0]?.number;
}

/** Removes a label's leftovers and stray punctuation around a name. */
const cleanName = (text: string) =>
  text
    .replace(/^[\s:：·.,，、/|]+|[\s:：·.,，、/|]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** A line's left edge is near this one's and it starts below it, within two line heights. */
function nextLineBelow(lines: readonly TextLine[], label: TextLine): TextLine | undefined {
  const below = lines.filter(
    (l) =>
      l !== label &&
      l.box.y >= label.box.y + label.box.height * 0.5 &&
      l.box.y <= label.box.y + label.box.height * 3 &&
      l.box.x < label.box.x + label.box.width + label.box.height * 2,
  );
  below.sort((a, b) => a.box.y - b.box.y);
  return below[0];
}

/** The line to the right of a label on the same row (a recogniser may split "姓名  张晓明"). */
function nextOnRow(lines: readonly TextLine[], label: TextLine): TextLine | undefined {
  const middle = label.box.y + label.box.height / 2;
  const row = lines.filter(
    (l) =>
      l !== label && l.box.x > label.box.x && l.box.y < middle && l.box.y + l.box.height > middle,
  );
  row.sort((a, b) => a.box.x - b.box.x);
  return row[0];
}

function nameOf(lines: readonly TextLine[]): ReadField | undefined {
  for (const line of lines) {
    const text = toHalfWidth(line.text).trim();
    const label = NAME_LABEL.exec(text.replace(/\s+/g, ''));
    if (!label) continue;
    // The rest of the line after the label, keeping the spaces inside a Latin name.
    let seen = 0;
    let cut = 0;
    for (const ch of text) {
      cut += ch.length;
      if (!/\s/.test(ch)) seen++;
      if (seen === label[0].length) break;
    }
    const rest = cleanName(text.slice(cut));
    if ([...rest].length >= 2) return { text: rest, confidence: line.confidence, box: line.box };
    const next = nextOnRow(lines, line) ?? nextLineBelow(lines, line);
    if (!next) continue;
    const name = cleanName(toHalfWidth(next.text));
    if ([...name].length >= 2) return { text: name, confidence: next.confidence, box: next.box };
  }
  return undefined;
}

/** What the lines of one orientation of the picture say. */
export function readCertificateText(lines: readonly TextLine[]): CertificateText {
  const title = titleOf(lines);
  return {
    ...legibilityOf(lines),
    title,
    number: numberOf(lines, title),
    name: nameOf(lines),
  };
}

/**
 * Whether the upright reading is good enough on its own: clearly legible and holding a number whose
 * check character agrees (or none at all: a document without one). Otherwise the page reads the
 * flipped picture too, to tell a mirrored photo.
 */
export function uprightIsSure(upright: CertificateText): boolean {
  return upright.legibility >= READING_UPRIGHT_SURE && upright.number?.valid !== false;
}

const hasValidNumber = (text: CertificateText | undefined) => text?.number?.valid === true;

/**
 * The reading to keep, and whether the picture is mirrored: the flipped picture must read clearly
 * and much better than the upright one (or only it yields a number whose check character agrees).
 */
export function chooseOrientation(
  upright: CertificateText,
  flipped?: CertificateText,
): CertificateReading {
  const legible = (t: CertificateText) =>
    t.characters >= READING_MIN_CHARACTERS && t.legibility >= MIRROR_MIN_LEGIBILITY;
  const mirrored =
    flipped !== undefined &&
    legible(flipped) &&
    (flipped.legibility - upright.legibility >= MIRROR_MIN_GAIN ||
      (hasValidNumber(flipped) &&
        !hasValidNumber(upright) &&
        flipped.legibility > upright.legibility));
  const kept = mirrored ? flipped : upright;
  const readsUpright =
    !mirrored &&
    legible(upright) &&
    upright.legibility >= READING_UPRIGHT_SURE &&
    (flipped === undefined || upright.legibility - flipped.legibility >= MIRROR_MIN_GAIN);
  return { ...kept, mirrored, legible: legible(kept), upright: readsUpright };
}
