import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUTPUT, readVocabulary, renderTables } from '../../../scripts/make-zh-lookup-tables.mjs';
import { syllablesOf } from './pinyin-syllables';
import {
  LEVEL1_SYLLABLES,
  PINYIN_EXTRA,
  TRADITIONAL_CHARACTERS,
  TRADITIONAL_PHRASES,
} from './zh-tables.generated';

describe('zh-tables.generated.ts', () => {
  const committed = readFileSync(OUTPUT, 'utf8');

  it('is what the script makes from the current content (run `npm run zh-tables` if not)', async () => {
    const gzip = gzipSync(committed, { level: 9 }).length;
    console.log(
      `zh-tables.generated.ts: ${committed.length} characters, ${(gzip / 1024).toFixed(1)} KB gzip`,
    );
    expect(await renderTables()).toBe(committed);
  }, 30_000);

  it('maps Traditional only to characters and words the Chinese pages use', () => {
    const vocabulary = readVocabulary().join('|');
    const pairs = Array.from(TRADITIONAL_CHARACTERS);
    expect(pairs.length % 2).toBe(0);
    for (let i = 1; i < pairs.length; i += 2) expect(vocabulary).toContain(pairs[i]);
    for (const simplified of Object.values(TRADITIONAL_PHRASES))
      expect(vocabulary).toContain(simplified);
  });

  it('gives every character of the pages its syllable', () => {
    const chars = new Set(
      readVocabulary()
        .join('')
        .match(/\p{Script=Han}/gu),
    );
    const missing = [...chars].filter((c) => syllablesOf(c).length === 0);
    expect(missing).toEqual([]);
    // The runs cover GB2312 level 1 exactly (3,755 characters).
    const counted = LEVEL1_SYLLABLES.split(' ').reduce(
      (n, run) => n + Number(/\d+$/.exec(run)![0]),
      0,
    );
    expect(counted).toBe(3755);
    expect(Object.keys(PINYIN_EXTRA).every((s) => /^[a-z]+$/.test(s))).toBe(true);
  });
});
