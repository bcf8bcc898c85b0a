// The Chinese edition is checked like the English one: a reason without its Chinese page, or
// without its Chinese messages, stops the build with a sentence naming the file.
import { describe, expect, it } from 'vitest';
import { buildManifest } from './content-plugin';
import { checkTranslations, loadReasons } from './load-reasons';

const en = loadReasons('content/reasons');
const zh = loadReasons('content/reasons/zh');

describe('checkTranslations', () => {
  it('accepts the real content', () => {
    expect(() => checkTranslations(en, zh)).not.toThrow();
  });

  it('names the missing Chinese page', () => {
    const withoutOne = zh.filter((r) => r.slug !== 'file-size-invalid');
    expect(() => checkTranslations(en, withoutOne)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/reasons/zh/file-size-invalid.mdx is missing: every reason in content/reasons needs its Chinese page, with the same file name.]`,
    );
  });

  it('names a Chinese page without its messages', () => {
    const emptied = zh.map((r) => (r.slug === 'sensitive-words-in-domain-name' ? { ...r, messages: [] } : r));
    expect(() => checkTranslations(en, emptied)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/reasons/zh/sensitive-words-in-domain-name.mdx: field "messages" is empty; quote the Chinese rejection message(s) verbatim, as content/reasons/sensitive-words-in-domain-name.mdx does in English.]`,
    );
  });

  it('names a Chinese page with no English twin', () => {
    const extra = [...zh, { ...zh[0]!, slug: 'made-up-reason' }];
    expect(() => checkTranslations(en, extra)).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/reasons/zh/made-up-reason.mdx has no English page content/reasons/made-up-reason.mdx: reason files keep the same name in both languages.]`,
    );
  });
});

describe('the reasons.json manifest', () => {
  it('links each reason in both languages, under the base path', () => {
    const manifest = buildManifest({ en, zh }, '/help/realname/');
    const unclear = manifest.reasons.find((r) => r.slug === 'unclear-certificate-image')!;
    expect(unclear.path).toBe('/help/realname/reasons/unclear-certificate-image');
    expect(unclear.messages).toEqual(['Unclear or covered photo of certificate']);
    expect(unclear.zh.path).toBe('/help/realname/zh/reasons/unclear-certificate-image');
    expect(unclear.zh.messages).toContain('注册者证件不清晰/被遮挡/水印');
    expect(manifest.reasons).toHaveLength(14);
  });
});
