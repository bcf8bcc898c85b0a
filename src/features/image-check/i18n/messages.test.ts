// Every message code the checks return has a sentence in both languages, made from its values.
import { describe, expect, it } from 'vitest';
import type { CheckMessage, MessageCode, MessageOf } from '../shared/check-messages';
import en from './en';
import { sentenceOf, textFormat } from './format';
import zh from './zh';

/** At least one message of every code (TypeScript fails here when a code is added). */
const samples: { [C in MessageCode]: MessageOf<C>[] } = {
  'format-accepted': [{ code: 'format-accepted', format: 'jpeg' }],
  'format-empty': [{ code: 'format-empty' }],
  'format-refused': [
    { code: 'format-refused', format: 'gif' },
    { code: 'format-refused', format: 'text' },
    { code: 'format-refused', format: 'unknown' },
  ],
  'extension-matches': [{ code: 'extension-matches', extension: 'jpg' }],
  'extension-wrong': [
    { code: 'extension-wrong', extension: 'jpg', format: 'png' },
    { code: 'extension-wrong', extension: '', format: 'jpeg' },
  ],
  'extension-disguised': [
    { code: 'extension-disguised', extension: 'png', format: 'svg' },
    { code: 'extension-disguised', extension: 'jpg', format: 'unknown' },
    { code: 'extension-disguised', extension: 'jpg', format: 'empty' },
  ],
  'extension-not-applicable': [{ code: 'extension-not-applicable' }],
  'size-too-small': [
    { code: 'size-too-small', bytes: 40_000 },
    { code: 'size-too-small', bytes: 0 },
    { code: 'size-too-small', bytes: 1 },
  ],
  'size-low-band': [{ code: 'size-low-band', bytes: 55_500 }],
  'size-ok': [{ code: 'size-ok', bytes: 1_234_567 }],
  'size-high-band': [{ code: 'size-high-band', bytes: 5_100_000 }],
  'size-too-big': [{ code: 'size-too-big', bytes: 200_000_000 }],
  'decode-ok': [{ code: 'decode-ok' }],
  'decode-not-picture': [{ code: 'decode-not-picture' }],
  'decode-file-too-big': [{ code: 'decode-file-too-big', bytes: 200_000_000 }],
  'decode-too-many-pixels': [
    { code: 'decode-too-many-pixels', width: 10000, height: 10000, megapixels: 100 },
    { code: 'decode-too-many-pixels', width: 8000, height: 6375, megapixels: 51 },
  ],
  'decode-truncated': [{ code: 'decode-truncated' }],
  'decode-corrupt': [{ code: 'decode-corrupt' }],
  'decode-failed': [{ code: 'decode-failed' }],
  'dimensions-unknown': [{ code: 'dimensions-unknown' }],
  'dimensions-too-small': [{ code: 'dimensions-too-small', width: 1, height: 1 }],
  'dimensions-small': [{ code: 'dimensions-small', width: 640, height: 480 }],
  'dimensions-ok': [{ code: 'dimensions-ok', width: 4032, height: 3024 }],
  'dimensions-too-large': [
    { code: 'dimensions-too-large', width: 20000, height: 20000, megapixels: 400 },
    { code: 'dimensions-too-large', width: 30000, height: 1000, megapixels: 30 },
  ],
  'dimensions-text-small': [{ code: 'dimensions-text-small', width: 1600, height: 1200 }],
  'pixels-too-small': [{ code: 'pixels-too-small' }],
  'pixels-not-decoded': [{ code: 'pixels-not-decoded' }],
  'color-gray': [{ code: 'color-gray' }],
  'color-faint': [{ code: 'color-faint' }],
  'mirror-text': [{ code: 'mirror-text' }],
  'mirror-text-ok': [{ code: 'mirror-text-ok' }],
  'reading-not-asked': [{ code: 'reading-not-asked' }],
  'reading-illegible': [{ code: 'reading-illegible' }],
  'number-not-entered': [{ code: 'number-not-entered', read: '11010519491231002X' }],
  'number-unread': [{ code: 'number-unread' }],
  'number-unsure': [{ code: 'number-unsure', read: '11010519491231002Y' }],
  'number-matches': [{ code: 'number-matches', read: '11010519491231002X' }],
  'number-differs': [
    { code: 'number-differs', read: '11010519491231002X', entered: '110105194912310O2X' },
  ],
  'number-suffix': [{ code: 'number-suffix', read: '91350100M000100Y43', suffix: '(1-1)' }],
  'name-not-entered': [{ code: 'name-not-entered', read: '张晓明' }],
  'name-unread': [{ code: 'name-unread' }],
  'name-unsure': [{ code: 'name-unsure', read: '张晓明' }],
  'name-matches': [{ code: 'name-matches', read: '张晓明' }],
  'name-differs': [{ code: 'name-differs', read: '张晓明', entered: '张小明' }],
  'type-not-chosen': [{ code: 'type-not-chosen', read: 'identity-card' }],
  'type-unread': [{ code: 'type-unread' }],
  'type-matches': [{ code: 'type-matches', read: 'business-license' }],
  'type-differs': [{ code: 'type-differs', read: 'passport', chosen: 'identity-card' }],
  'color-unsure': [{ code: 'color-unsure' }],
  'color-ok': [{ code: 'color-ok' }],
  'sharpness-no-detail': [{ code: 'sharpness-no-detail' }],
  'sharpness-blurred': [{ code: 'sharpness-blurred' }],
  'sharpness-soft': [{ code: 'sharpness-soft' }],
  'sharpness-ok': [{ code: 'sharpness-ok' }],
  'exposure-dark': [{ code: 'exposure-dark' }],
  'exposure-glare': [{ code: 'exposure-glare' }],
  'exposure-washed-out': [{ code: 'exposure-washed-out' }],
  'exposure-ok': [{ code: 'exposure-ok' }],
  'metadata-not-picture': [{ code: 'metadata-not-picture' }],
  'mirror-flagged': [{ code: 'mirror-flagged' }],
  'mirror-front-camera': [{ code: 'mirror-front-camera' }],
  'mirror-damaged': [{ code: 'mirror-damaged' }],
  'mirror-ok': [{ code: 'mirror-ok' }],
  'edited-editor': [{ code: 'edited-editor', software: 'Adobe Photoshop 25.0 (Windows)' }],
  'edited-photoshop': [{ code: 'edited-photoshop' }],
  'edited-damaged': [{ code: 'edited-damaged' }],
  'edited-ok': [{ code: 'edited-ok' }],
  'seal-not-applicable': [{ code: 'seal-not-applicable' }],
  'seal-not-decoded': [{ code: 'seal-not-decoded' }],
  'seal-missing': [{ code: 'seal-missing' }],
  'seal-found': [{ code: 'seal-found' }],
  'complete-ok': [{ code: 'complete-ok' }],
  'complete-cut': [
    { code: 'complete-cut', sides: ['left'] },
    { code: 'complete-cut', sides: ['right', 'bottom'] },
    { code: 'complete-cut', sides: ['top', 'bottom', 'left'] },
  ],
  'complete-edge-unseen': [
    { code: 'complete-edge-unseen', sides: ['right'] },
    { code: 'complete-edge-unseen', sides: ['top', 'left'] },
  ],
  'complete-fills-frame': [{ code: 'complete-fills-frame' }],
  'complete-not-found': [{ code: 'complete-not-found' }],
};
const all: CheckMessage[] = Object.values(samples).flat();

const formatFor = (tag: string, units: typeof en.units) =>
  textFormat((n, options) => new Intl.NumberFormat(tag, options).format(n), units);
const strings = {
  en: { t: en, f: formatFor('en', en.units) },
  zh: { t: zh, f: formatFor('zh-CN', zh.units) },
};
const say = (locale: 'en' | 'zh', message: CheckMessage) =>
  sentenceOf(strings[locale].t.messages, message, strings[locale].f);

/** Latin words a Chinese sentence may carry: format names, units, and values from the file. */
const LATIN_ALLOWED = /JPEG|JPG|PNG|BMP|HEIC|WebP|GIF|TIFF|PDF|SVG|AVIF|KB|MB|Photoshop/g;

describe('check messages', () => {
  it('has a sentence for every code in both languages, and no other', () => {
    const codes = Object.keys(samples).sort();
    expect(Object.keys(en.messages).sort()).toEqual(codes);
    expect(Object.keys(zh.messages).sort()).toEqual(codes);
  });

  it.each(all.map((m) => [m.code, m] as const))('%s reads as a sentence in English', (_, m) => {
    const text = say('en', m);
    expect(text).toMatch(/^[A-Z].*\.$/);
    expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
  });

  it.each(all.map((m) => [m.code, m] as const))('%s reads as a sentence in Chinese', (_, m) => {
    const text = say('zh', m);
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(text).toMatch(/。$/);
    expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
    // Written in Chinese, not left in English: only names and values are in Latin letters.
    const values = Object.values(m).filter(
      (v): v is string => typeof v === 'string' && v !== m.code,
    );
    let rest = text;
    for (const v of values) rest = rest.replaceAll(v, '');
    expect(rest.replace(LATIN_ALLOWED, '')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('keeps the English sentences the page has always shown', () => {
    expect(say('en', { code: 'size-low-band', bytes: 55_500 })).toBe(
      'The file is 55 KB (55,500 bytes): just above 55 KB if 1 KB is 1,000 bytes, but below it if 1 KB is 1,024 bytes. To be safe, make it at least 56,320 bytes.',
    );
    expect(say('en', { code: 'size-too-big', bytes: 5_242_881 })).toBe(
      'The file is 5.2 MB (5,242,881 bytes), larger than the 5 MB maximum. Make a smaller copy of the same picture.',
    );
    expect(say('en', { code: 'size-too-small', bytes: 812 })).toMatch(/^The file is 812 bytes \(/);
    expect(say('en', { code: 'extension-disguised', extension: 'png', format: 'svg' })).toBe(
      'The name ends in “.png” but the file is really an SVG drawing. Renaming a file does not change its format: convert it instead.',
    );
    expect(say('en', { code: 'extension-wrong', extension: '', format: 'jpeg' })).toMatch(
      /^The name has no ending, but the file is really a JPEG image/,
    );
    expect(say('en', { code: 'format-refused', format: 'unknown' })).toMatch(
      /not a picture we recognise, which is not accepted/,
    );
    expect(
      say('en', { code: 'decode-too-many-pixels', width: 20000, height: 20000, megapixels: 400 }),
    ).toMatch(/^The picture is 20000 × 20000 pixels \(400 million\), too large/);
    expect(say('en', { code: 'dimensions-too-small', width: 1, height: 1 })).toMatch(
      /only 1 × 1 pixels/,
    );
    expect(say('en', { code: 'edited-editor', software: 'GIMP 2.10' })).toMatch(
      /saved by an image editor \(GIMP 2\.10\)\. The certificate must not be altered/,
    );
  });

  it('formats sizes and counts for Chinese', () => {
    expect(say('zh', { code: 'size-too-small', bytes: 40_000 })).toContain('40 KB（40,000 字节）');
    expect(say('zh', { code: 'size-ok', bytes: 1_234_567 })).toContain('1.2 MB（1,234,567 字节）');
    expect(
      say('zh', { code: 'decode-too-many-pixels', width: 20000, height: 20000, megapixels: 400 }),
    ).toContain('20000 × 20000 像素（约 4 亿像素）');
    expect(
      say('zh', { code: 'decode-too-many-pixels', width: 8000, height: 6375, megapixels: 51 }),
    ).toContain('约 5100 万像素');
    expect(say('zh', { code: 'format-accepted', format: 'webp' })).toBe(
      '这是 WebP 图片，格式符合要求。',
    );
    expect(say('zh', { code: 'format-refused', format: 'text' })).toMatch(/^这个文件是文本文件，/);
  });
});

describe('the rest of the checker’s text', () => {
  it('says the summary in each language', () => {
    expect(en.results.summary('gray.jpg', en.results.verdicts.fail.title, 1, 2)).toBe(
      'Check finished for gray.jpg. This file is likely to be refused: 1 thing to fix, 2 things to check.',
    );
    expect(en.results.summary('a.jpg', en.results.verdicts.pass.title, 0, 0)).toBe(
      'Check finished for a.jpg. Your file looks ready to upload.',
    );
    expect(zh.results.summary('gray.jpg', zh.results.verdicts.fail.title, 1, 2)).toBe(
      'gray.jpg 检查完了。这个文件很可能通不过：1 项必须修改，2 项需要确认。',
    );
  });

  it('names in the verdicts the same labels the results show', () => {
    for (const t of [en, zh]) {
      expect(t.results.verdicts.warn.text).toContain(`“${t.results.status.warn}”`);
      expect(t.results.verdicts.fail.text).toContain(`“${t.results.status.fail}”`);
    }
  });
});
