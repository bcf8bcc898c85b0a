// The name tables: generated from opencc-js and pinyin-pro by scripts/make-name-tables.mjs, and
// decoded in the page by chinese-chars.ts. Regenerating must give the committed file, and the
// decoder must give back exactly what the libraries say.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  gb2312Characters as scriptGb2312,
  readings,
  renderTables,
  traditionalPairs,
} from '../../../../scripts/make-name-tables.mjs';
import { chineseChars, withTone } from './chinese-chars';
import { gb2312Characters } from './gb2312';

const generated = new URL('./chinese-chars.generated.ts', import.meta.url);
const src = fileURLToPath(new URL('../../../', import.meta.url));

describe('the generated name tables', () => {
  it('are what the script makes now (run `npm run name-tables` after upgrading the libraries)', async () => {
    expect(await renderTables()).toBe(readFileSync(generated, 'utf8'));
  }, 30_000);

  it('stay small enough to load on demand', () => {
    expect(gzipSync(readFileSync(generated), { level: 9 }).length).toBeLessThan(26 * 1024);
  });

  it('are never part of a page’s first load: only a dynamic import reaches them', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.ts$/.test(f),
    );
    const importers = files.filter((f) =>
      /from '[^']*\/chinese-chars(\.generated)?'/.test(readFileSync(join(src, f), 'utf8')),
    );
    expect(importers).toEqual([join('features', 'tools', 'name-match', 'chinese-chars.ts')]);
    expect(readFileSync(new URL('./load-chinese-chars.ts', import.meta.url), 'utf8')).toContain(
      "import('./chinese-chars')",
    );
  });
});

describe('decoding the name tables', () => {
  it('enumerates GB2312 as the script does: 6,763 characters, 啊 to 齄', () => {
    const characters = gb2312Characters();
    expect(characters).toEqual(scriptGb2312());
    expect(characters).toHaveLength(6763);
    expect([characters[0], characters[3754], characters[3755], characters.at(-1)]).toEqual([
      '啊',
      '座',
      '亍',
      '齄',
    ]);
  });

  it('gives every Traditional character opencc-js converts its Simplified form, and no other', () => {
    const pairs = traditionalPairs();
    expect(pairs.length).toBeGreaterThan(3000);
    for (const [traditional, simplified] of pairs) {
      expect(chineseChars.toSimplified(traditional), traditional).toBe(simplified);
    }
    expect(chineseChars.toSimplified('张')).toBeUndefined();
    expect(chineseChars.toSimplified('a')).toBeUndefined();
  });

  it('gives every GB2312 character the readings pinyin-pro gives, usual one first', () => {
    for (const c of gb2312Characters()) expect(chineseChars.readings(c), c).toEqual(readings(c));
  });

  it('reads a Traditional character like its Simplified form', () => {
    expect(chineseChars.readings('張')).toEqual(['zhāng']);
    expect(chineseChars.readings('曉')).toEqual(['xiǎo']);
    expect(chineseChars.readings('陳')).toEqual(['chén']);
    expect(chineseChars.readings('x')).toEqual([]);
  });

  it('knows the readings surnames need', () => {
    expect(chineseChars.readings('单')).toContain('shàn');
    expect(chineseChars.readings('曾')).toContain('zēng');
    expect(chineseChars.readings('区')).toContain('ōu');
    expect(chineseChars.readings('们')).toEqual(['mén']); // the neutral tone only when alone
  });

  it('puts tone marks where pinyin puts them', () => {
    expect(
      [
        ['zhang', 1],
        ['xiao', 3],
        ['liu', 2],
        ['gui', 4],
        ['lve', 4],
        ['lv', 3],
        ['ng', 2],
        ['m', 2],
        ['ê', 1],
        ['de', 5],
      ].map(([s, tone]) => withTone(s as string, tone as number)),
    ).toEqual(['zhāng', 'xiǎo', 'liú', 'guì', 'lüè', 'lǚ', 'ńg', 'ḿ', 'ê̄', 'de']);
  });
});
