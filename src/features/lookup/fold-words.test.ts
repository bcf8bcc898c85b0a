import { describe, expect, it } from 'vitest';
import { stem, toTerms } from './fold-words';

const keys = (text: string) => toTerms(text.split(' ')).map((t) => t.key);

describe('stem', () => {
  it('brings word forms together', () => {
    expect(stem('renamed')).toBe(stem('rename'));
    expect(stem('mirrored')).toBe(stem('mirror'));
    expect(stem('photos')).toBe(stem('photo'));
    expect(stem('scanned')).toBe(stem('scan'));
    expect(stem('copies')).toBe(stem('copy'));
    expect(stem('typed')).toBe(stem('type'));
  });

  it('leaves short words, numbers and non-Latin text as they are', () => {
    expect(stem('is')).toBe('is');
    expect(stem('27')).toBe('27');
    expect(stem('证件')).toBe('证件');
    expect(stem('business')).toBe('business');
  });
});

describe('toTerms', () => {
  it('folds generic synonyms, longest phrase first, and keeps what was typed', () => {
    expect(keys('black and white copy')).toEqual(keys('bw copy'));
    expect(keys('the photo is blurry')).toEqual(keys('the photo is unclear'));
    expect(keys('can not be found in the data base')).toEqual(
      keys('cannot be found in the database'),
    );
    expect(keys('it does not match')).toEqual(keys('it inconsistent'));
    expect(toTerms(['out', 'of', 'focus'])).toEqual([
      { key: stem('unclear'), surface: 'out of focus' },
    ]);
  });

  it('handles empty input', () => {
    expect(toTerms([])).toEqual([]);
  });
});
