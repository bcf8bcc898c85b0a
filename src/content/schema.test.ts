// A content author who makes a mistake gets one sentence naming the file, the field and the fix.
import { describe, expect, it } from 'vitest';
import { checkCatalog, parseReasonFile } from './load-reasons';
import type { Reason } from './schema';

const file = 'content/reasons/sample-reason.mdx';

const valid = {
  title: 'Sample reason title',
  summary: 'A summary that is long enough to pass the schema check.',
  messages: '\n  - Sample message',
  category: 'certificate-image',
  appliesTo: '\n  registrant: [individual]\n  region: [chinese-mainland]',
  outcome: 'fix-and-resubmit',
  related: '[]',
  tools: '[image-check]',
  order: '1',
};

/** Builds a reason file from the valid fields, with some replaced (a string) or removed (null). */
function mdx(changes: Record<string, string | null> = {}, body = '\n## What it means\n'): string {
  const fields = { ...valid, ...changes };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}:${value!.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

function reason(slug: string, fields: Partial<Reason> = {}): Reason {
  return { ...parseReasonFile(`content/reasons/${slug}.mdx`, mdx()), ...fields };
}

describe('parseReasonFile', () => {
  it('accepts a well-formed file and takes the slug from the file name', () => {
    const parsed = parseReasonFile(file, mdx());
    expect(parsed.slug).toBe('sample-reason');
    expect(parsed.messages).toEqual(['Sample message']);
    expect(parsed.keywords).toEqual([]);
  });

  it('names a missing field', () => {
    expect(() => parseReasonFile(file, mdx({ title: null }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "title" is missing; add it as text.]`);
  });

  it('names a value that is not one of the allowed ones', () => {
    expect(() => parseReasonFile(file, mdx({ category: 'photos' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "category" is "photos", but it must be one of "certificate-details", "certificate-image", "domain-name", "file-upload".]`);
  });

  it('names an unknown field', () => {
    expect(() => parseReasonFile(file, mdx({ tittle: 'Sample reason title' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "tittle" is not known; check the spelling against src/content/schema.ts.]`);
  });

  it('says when messages is not a list', () => {
    expect(() => parseReasonFile(file, mdx({ messages: 'Sample message' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "messages" must be a list, one "- " line per item, but it is the text "Sample message".]`);
  });

  it('asks for a symptom when there are no messages', () => {
    expect(() => parseReasonFile(file, mdx({ messages: '[]' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "messages" needs at least one message, or a symptom when the source gives no fixed wording.]`);
  });

  it('accepts no messages when a symptom is given', () => {
    const parsed = parseReasonFile(file, mdx({ messages: '[]', symptom: 'The upload page refuses the image.' }));
    expect(parsed.messages).toEqual([]);
  });

  it('says when the frontmatter is not valid YAML', () => {
    expect(() => parseReasonFile(file, mdx({ title: '"Sample reason title' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: the frontmatter is not valid YAML (Missing closing "quote at line 12, column 9:).]`);
  });

  it('says when there is no frontmatter', () => {
    expect(() => parseReasonFile(file, '## What it means\n')).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: the file must start with frontmatter between two "---" lines (title, summary, messages, …).]`);
  });

  it('says when the file name is not a slug', () => {
    expect(() => parseReasonFile('content/reasons/Sample Reason.mdx', mdx())).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/Sample Reason.mdx: the file name must be the slug, lower-case words joined by hyphens, like "file-size-invalid.mdx".]`);
  });

  it('says when a field is too short', () => {
    expect(() => parseReasonFile(file, mdx({ summary: 'Too short.' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "summary" is too short: it has 10 characters, but it must have at least 20 characters.]`);
  });

  it('says when a field is too long', () => {
    expect(() => parseReasonFile(file, mdx({ title: 'A title that goes on and on '.repeat(4) }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "title" is too long: it has 111 characters, but it must have at most 90 characters.]`);
  });

  it('says when a number is too small', () => {
    expect(() => parseReasonFile(file, mdx({ order: '-1' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "order" is too small: it is the number -1, but it must be at least 0.]`);
  });

  it('names a missing group of fields', () => {
    expect(() => parseReasonFile(file, mdx({ appliesTo: null }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "appliesTo" is missing; add it as a group of indented fields.]`);
  });

  it('names a nested field with an empty list', () => {
    expect(() =>
      parseReasonFile(file, mdx({ appliesTo: '\n  registrant: []\n  region: [chinese-mainland]' })),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "appliesTo.registrant" is too short: it has 0 items, but it must have at least 1 item.]`);
  });

  it('names the item of a list that is not allowed', () => {
    expect(() => parseReasonFile(file, mdx({ tools: '[image-check, photo-fixer]' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "tools[1]" is "photo-fixer", but it must be one of "image-check", "certificate-number", "certificate-dates", "name-match", "diagnose".]`);
  });

  it('says when a related slug is not written as a slug', () => {
    expect(() => parseReasonFile(file, mdx({ related: '[File Size Invalid]' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "related[0]" is "File Size Invalid", which must be lower-case words joined by hyphens.]`);
  });

  it('says when a field is left empty', () => {
    expect(() => parseReasonFile(file, mdx({ summary: '' }))).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/sample-reason.mdx: field "summary" must be text, but it is empty.]`);
  });

  it('throws errors with a code the build can recognise', () => {
    expect(() => parseReasonFile(file, mdx({ title: null }))).toThrow(
      expect.objectContaining({ code: 'CONTENT_INVALID' }),
    );
  });
});

describe('checkCatalog', () => {
  it('accepts reasons that link to each other and share no message', () => {
    expect(() =>
      checkCatalog([
        reason('first-reason', { related: ['second-reason'], messages: ['First message'] }),
        reason('second-reason', { related: ['first-reason'], messages: ['Second message'] }),
      ]),
    ).not.toThrow();
  });

  it('names a related reason that does not exist', () => {
    expect(() =>
      checkCatalog([reason('first-reason', { related: ['no-such-reason'] })]),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/first-reason.mdx: field "related" names "no-such-reason", but there is no content/reasons/no-such-reason.mdx.]`);
  });

  it('names a reason that lists itself as related', () => {
    expect(() =>
      checkCatalog([reason('first-reason', { related: ['first-reason'] })]),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/first-reason.mdx: field "related" names the reason itself.]`);
  });

  it('names a message that belongs to two reasons, whatever its case', () => {
    expect(() =>
      checkCatalog([
        reason('first-reason', { messages: ['Sensitive words.'] }),
        reason('second-reason', { messages: ['sensitive words.'] }),
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: content/reasons/second-reason.mdx: field "messages" repeats "sensitive words.", which already belongs to first-reason.]`);
  });
});
