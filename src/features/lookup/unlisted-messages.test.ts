import { describe, expect, it } from 'vitest';
import { loadReasons } from '../../content/load-reasons';
import { findUnlisted, UNLISTED_MESSAGES } from './unlisted-messages';

const closestOf = (query: string) => findUnlisted(query)?.closest;

describe('UNLISTED_MESSAGES', () => {
  it('lists the seven messages without a page, each with 1–3 existing closest reasons', () => {
    expect(UNLISTED_MESSAGES).toHaveLength(7);
    const slugs = new Set(loadReasons('content/reasons').map((r) => r.slug));
    const pageMessages = new Set(loadReasons('content/reasons/zh').flatMap((r) => r.messages));
    for (const u of UNLISTED_MESSAGES) {
      expect(pageMessages.has(u.message), u.message).toBe(false);
      expect(u.closest.length).toBeGreaterThanOrEqual(1);
      expect(u.closest.length).toBeLessThanOrEqual(3);
      for (const slug of u.closest) expect(slugs).toContain(slug);
      expect(u.gloss).toMatch(/^[A-Z].+\.$/);
    }
  });
});

describe('findUnlisted', () => {
  it('recognises each message pasted bare', () => {
    for (const u of UNLISTED_MESSAGES) {
      expect(findUnlisted(u.message), u.message).toEqual({
        message: u.message,
        closest: u.closest,
      });
    }
  });

  it('recognises a message inside an email, with other punctuation', () => {
    expect(
      closestOf(
        '【某云】您的域名 shan-shui.cn 实名认证审核失败，失败原因：注册联系人信息有误。订单号 2025040100123',
      ),
    ).toEqual(['invalid-registrant-contact-information']);
    expect(closestOf('上传资料失败:由于网络传输错误,导致本次资料上传失败,请重新填写信息')).toEqual([
      'file-size-invalid',
      'file-format-invalid',
    ]);
  });

  it('recognises Traditional characters and homophone typos', () => {
    expect(closestOf('提交資料顯示為海外用戶')).toEqual([
      'invalid-certificate-type-or-number',
      'inconsistent-registrant-information',
    ]);
    expect(closestOf('境外個人或組織用戶')?.[0]).toBe('invalid-certificate-type-or-number');
    expect(closestOf('国方机构')).toEqual([
      'certificate-number-not-found',
      'invalid-certificate-information',
    ]);
  });

  it('tells the two contact messages apart', () => {
    expect(findUnlisted('注册联系人信息参数错误')?.message).toBe('注册联系人信息参数错误');
    expect(findUnlisted('注册联系人信息有误')?.message).toBe('注册联系人信息有误');
  });

  it('recognises a long message quoted in part', () => {
    expect(findUnlisted('提示：由于网络传输错误')?.message).toMatch(/^上传资料失败/);
  });

  it('finds nothing in messages that have a page, in English, or in nothing', () => {
    for (const q of [
      '联系人信息无效',
      '注册者证件不合格',
      '上传的文件格式不支持',
      '不在实名库中',
      'Registrant contact information invalid',
      '',
      '上传资料',
    ]) {
      expect(findUnlisted(q), q).toBeUndefined();
    }
  });
});
