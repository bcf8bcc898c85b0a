import { describe, expect, it } from 'vitest';
import { createTypoMatcher, editDistance } from './typo-matcher';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('certificate', 'certificate', 2)).toBe(0);
    expect(editDistance('certifcate', 'certificate', 2)).toBe(1);
    expect(editDistance('regsitrant', 'registrant', 2)).toBe(1);
    expect(editDistance('informaton', 'information', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('form', 'format', 1)).toBe(2);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('createTypoMatcher', () => {
  const correct = createTypoMatcher([
    'certificate',
    'registrant',
    'inconsistent',
    'format',
    'size',
    'from',
    'fail',
  ]);

  it('corrects common misspellings to the catalog word', () => {
    expect(correct('certifcate')).toBe('certificate');
    expect(correct('regsitrant')).toBe('registrant');
    expect(correct('inconsistant')).toBe('inconsistent');
    expect(correct('szie')).toBe('size');
    expect(correct('fial')).toBe('fail');
  });

  it('leaves known words, short words, look-alikes and junk alone', () => {
    expect(correct('format')).toBe('format');
    expect(correct('form')).not.toBe('format'); // a swap away from "from", two edits from "format"
    expect(correct('mail')).toBeUndefined();
    expect(correct('the')).toBeUndefined();
    expect(correct('x'.repeat(500))).toBeUndefined();
    expect(correct('证件')).toBeUndefined();
  });
});
