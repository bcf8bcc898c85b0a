import { describe, expect, it } from 'vitest';
import { createPinyinReader, splitSyllables } from './pinyin-input';

describe('splitSyllables', () => {
  it('splits pinyin typed without spaces into the fewest syllables', () => {
    expect(splitSyllables('zhucezhe')).toEqual(['zhu', 'ce', 'zhe']);
    expect(splitSyllables('zhengjian')).toEqual(['zheng', 'jian']);
    expect(splitSyllables('xian')).toEqual(['xian']);
  });

  it('is undefined for words that are not pinyin', () => {
    expect(splitSyllables('hello')).toBeUndefined();
    expect(splitSyllables('id2')).toBeUndefined();
    expect(splitSyllables('a'.repeat(100))).toBeUndefined();
  });
});

describe('createPinyinReader', () => {
  const read = createPinyinReader(['注册者信息不一致', '未提交注册者证件', '域名名称含有敏感词']);
  const spell = (text: string) => read(text.split(' ').flatMap((w) => splitSyllables(w) ?? []));

  it('reads syllables as the pages’ characters', () => {
    expect(spell('zhucezhe xinxi bu yizhi')).toBe('注册者信息不一致');
    expect(spell('weitijiao zhucezhe zhengjian')).toBe('未提交注册者证件');
    expect(spell('yuming mingcheng hanyou minganci')).toBe('域名名称含有敏感词');
  });

  it('drops syllables that spell nothing of the pages', () => {
    expect(spell('ni hao')).toBe('');
    expect(read([])).toBe('');
  });
});
