import { describe, expect, it } from 'vitest';
import { createHomophoneCorrector } from './homophones';
import { knownSyllables, soundAlike, syllablesOf } from './pinyin-syllables';

const correct = createHomophoneCorrector([
  '注册者证件不合格',
  '证件电子信息核验不合格',
  '注册者证件类型选择错误或证件号码位数不正确',
  '域名名称含有敏感词',
  '联系人信息无效',
]);

describe('syllablesOf', () => {
  it('knows the toneless syllables of common characters, polyphones included', () => {
    expect(syllablesOf('合')).toContain('he');
    expect(syllablesOf('和')).toContain('he');
    expect(syllablesOf('件')).toEqual(['jian']);
    expect(syllablesOf('建')).toContain('jian');
    expect(syllablesOf('着')).toContain('zhe');
  });

  it('knows nothing of Latin letters or of characters whose sounds the pages never use', () => {
    expect(syllablesOf('a')).toEqual([]);
    expect(knownSyllables().size).toBeGreaterThan(100);
    expect(soundAlike('合', '和')).toBe(true);
    expect(soundAlike('合', '完')).toBe(false);
    expect(soundAlike('x', 'x')).toBe(true);
  });
});

describe('createHomophoneCorrector', () => {
  it('repairs the wrong character of the right syllable', () => {
    expect(correct('注册者证件不和格')).toBe('注册者证件不合格');
    expect(correct('证建电子信习核验不合格')).toBe('证件电子信息核验不合格');
    expect(correct('注册着证件')).toBe('注册者证件');
    expect(correct('证件号码为数不正确')).toBe('证件号码位数不正确');
    expect(correct('域名名称含有敏干词')).toBe('域名名称含有敏感词');
    expect(correct('联系人信息无小')).toBe('联系人信息无效');
  });

  it('leaves text the pages spell, and words that only sound alike, as they are', () => {
    expect(correct('注册者证件不合格')).toBe('注册者证件不合格');
    expect(correct('我的身份证过期了')).toBe('我的身份证过期了');
    // 河歌 sounds like 合格, but no character of it is the pages': nothing to anchor a guess on.
    expect(correct('河歌')).toBe('河歌');
    expect(correct('')).toBe('');
  });

  // Speed is measured in rank-reasons.bench.ts, not asserted here: a busy machine would flake.
  it('handles long pastes, leaving text it cannot place as it is', () => {
    expect(correct('证件'.repeat(2000))).toBe('证件'.repeat(2000));
    expect(correct('啊'.repeat(4000))).toBe('啊'.repeat(4000));
  });
});
