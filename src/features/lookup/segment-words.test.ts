import { describe, expect, it } from 'vitest';
import { segmentWords } from './segment-words';

describe('segmentWords', () => {
  it('finds word boundaries with the platform segmenter', () => {
    expect(segmentWords('注册者证件不合格')).toEqual(['注册', '者', '证件', '不合格']);
    expect(segmentWords('证件电子信息核验不合格')).toEqual([
      '证件',
      '电子',
      '信息',
      '核验',
      '不合格',
    ]);
  });

  it('joins single characters that spell a known word, longest first', () => {
    const known = new Set(['实名', '拍糊了', '遮挡']);
    expect(segmentWords('实名认证审核未通过', known)).toEqual([
      '实名',
      '认证',
      '审核',
      '未',
      '通过',
    ]);
    expect(segmentWords('照片拍糊了', known)).toEqual(['照片', '拍糊了']);
    expect(segmentWords('证件被遮挡', known)).toEqual(['证件', '被', '遮挡']);
  });

  it('keeps words the segmenter knows whole, and handles empty text', () => {
    expect(segmentWords('户口迁移', new Set(['户口迁移']))).toEqual(['户口', '迁移']);
    expect(segmentWords('')).toEqual([]);
  });
});
