import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text';
import { foldTraditional, isCjkToken } from './fold-chinese';

const units = (text: string) =>
  analyzeText(text)
    .units.map((u) => u.key)
    .join('');

describe('foldTraditional', () => {
  it('folds Traditional characters to the Simplified the pages use', () => {
    expect(foldTraditional('註冊者證件不合格')).toBe('注册者证件不合格');
    expect(foldTraditional('聯繫人信息無效')).toBe('联系人信息无效');
    expect(foldTraditional('營業執照')).toBe('营业执照');
  });

  it('folds Hong Kong and Taiwan words, longest first', () => {
    expect(foldTraditional('身分證')).toBe('身份证');
    expect(foldTraditional('身分證字號')).toBe('身份证号码');
    expect(foldTraditional('上載的檔案格式不支援')).toBe('上传的文件格式不支持');
    expect(foldTraditional('網域名稱含有敏感詞')).toBe('域名含有敏感词');
    expect(foldTraditional('聯絡人資訊無效')).toBe('联系人信息无效');
  });

  it('keeps 資料 as 资料 (documents), not Taiwan’s 数据 (data)', () => {
    expect(foldTraditional('身份證明資料')).toBe('身份证明资料');
  });

  it('reads the commonest Cantonese characters as Mandarin', () => {
    expect(foldTraditional('審核查唔到')).toBe('审核查不到');
  });

  it('leaves Simplified text, Latin text and unknown characters as they are', () => {
    expect(foldTraditional('注册者证件不合格')).toBe('注册者证件不合格');
    expect(foldTraditional('Invalid 证件 123')).toBe('Invalid 证件 123');
    expect(foldTraditional('')).toBe('');
    expect(foldTraditional('𠀀乾淨')).toBe('𠀀乾淨');
  });
});

describe('Chinese text as the ranker reads it', () => {
  it('folds full-width letters, digits and punctuation, and drops the punctuation', () => {
    expect(units('支持５５ＫＢ～５ＭＢ的图片！')).toBe('支持55kb5mb的图片');
    expect(units('照片8MB，传不上')).toBe('照片8mb传不上');
    expect(units('【注册者证件不清晰／被遮挡／水印】')).toBe('注册者证件不清晰被遮挡水印');
    expect(units('注册者证件不清晰/被遮挡/水印')).toBe('注册者证件不清晰被遮挡水印');
  });

  it('folds Traditional characters inside an email', () => {
    expect(units('您的網域 abc.com.tw 實名認證失敗，原因：註冊者證件不完整。')).toBe(
      '您的域名实名认证失败原因注册者证件不完整',
    );
  });

  it('tells Chinese tokens from others', () => {
    expect(isCjkToken('证件')).toBe(true);
    expect(isCjkToken('证件1')).toBe(false);
    expect(isCjkToken('id')).toBe(false);
  });
});
