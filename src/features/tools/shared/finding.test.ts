import reasons from 'virtual:reason-catalog/en';
import reasonsZh from 'virtual:reason-catalog/zh';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import zh from '../i18n/zh';
import { messageText, reasonSlugs, verdictOf, type MessageTexts } from './finding';

describe('reason links', () => {
  it('point only at reason pages that exist', () => {
    const slugs = new Set(reasons.map((r) => r.slug));
    for (const slug of reasonSlugs) expect(slugs, slug).toContain(slug);
  });
  it('have a title in both languages; the Chinese one is the Chinese page’s title', () => {
    for (const slug of reasonSlugs) {
      expect(en.reasons[slug]).toBeTruthy();
      expect(zh.reasons[slug]).toBe(reasonsZh.find((r) => r.slug === slug)?.title);
    }
  });
});

describe('messageText', () => {
  type Message = { code: 'a'; n: number } | { code: 'b' };
  const texts: MessageTexts<Message, [string]> = {
    a: ({ n }, unit) => `${n} ${unit}`,
    b: () => 'b',
  };
  it('turns a message into the sentence for its code, with its values', () => {
    expect(messageText(texts, { code: 'a', n: 3 }, 'days')).toBe('3 days');
    expect(messageText(texts, { code: 'b' }, 'days')).toBe('b');
  });
});

describe('verdictOf', () => {
  const f = (severity: 'error' | 'warning' | 'note' | 'ok') => ({
    severity,
    reason: 'invalid-certificate-information' as const,
  });
  it('fails on any error, warns on any warning, passes otherwise', () => {
    expect(verdictOf([f('ok'), f('error'), f('warning')])).toBe('fail');
    expect(verdictOf([f('ok'), f('warning')])).toBe('warn');
    expect(verdictOf([f('ok'), f('note')])).toBe('pass');
    expect(verdictOf([])).toBe('pass');
  });
});
