import { describe, expect, it } from 'vitest';
import {
  alternatePaths,
  localeOfPath,
  localizePath,
  preferredLocale,
  toEnglishPath,
} from './locales';

describe('paths in two languages', () => {
  it('puts Chinese pages under /zh and keeps English at the root', () => {
    expect(localizePath('zh', '/')).toBe('/zh');
    expect(localizePath('zh', '/reasons/file-size-invalid')).toBe('/zh/reasons/file-size-invalid');
    expect(localizePath('zh', '/lookup?q=%E6%B3%A8')).toBe('/zh/lookup?q=%E6%B3%A8');
    expect(localizePath('en', '/zh/check')).toBe('/check');
    expect(localizePath('zh', '/zh/check')).toBe('/zh/check');
    expect(toEnglishPath('/zh')).toBe('/');
    expect(toEnglishPath('/zh/')).toBe('/');
    expect(toEnglishPath('/zh?q=1')).toBe('/?q=1');
    expect(toEnglishPath('/zhong')).toBe('/zhong');
  });

  it('tells the language of a path', () => {
    expect(localeOfPath('/zh')).toBe('zh');
    expect(localeOfPath('/zh/reasons/x')).toBe('zh');
    expect(localeOfPath('/zhx')).toBe('en');
    expect(localeOfPath('/reasons/x')).toBe('en');
  });

  it('lists the alternates of a page, English as the default', () => {
    expect(alternatePaths('/zh/check')).toEqual([
      { hreflang: 'en', path: '/check' },
      { hreflang: 'zh-CN', path: '/zh/check' },
      { hreflang: 'x-default', path: '/check' },
    ]);
  });

  it('reads the browser’s preferred language among ours', () => {
    expect(preferredLocale(['zh-TW', 'en'])).toBe('zh');
    expect(preferredLocale(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(preferredLocale(['fr'])).toBeUndefined();
    expect(preferredLocale([])).toBeUndefined();
  });
});
