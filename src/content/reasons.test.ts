// Checks the real content/reasons/*.mdx files against the source document they are written from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSlugs, type PublishedSlug } from './published-slugs';
import { loadReasons } from './load-reasons';

const reasons = loadReasons('content/reasons');

const expectedSlugs = publishedSlugs;
type Slug = PublishedSlug;

// The source document every page is written from, kept in the repository (content/source/).
const seed = readFileSync('content/source/verification-failures.txt', 'utf8');

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const source = (slug: string) => readFileSync(`content/reasons/${slug}.mdx`, 'utf8');
const body = (slug: string) => source(slug).replace(FRONTMATTER, '');
// Bold and italic markers would split phrases such as "View in the Actions column".
const plain = (text: string) => text.replace(/\*+/g, '');

const sections = ['What it means', 'Likely causes', 'How to fix it', 'Before you resubmit'];
const formats = ['JPG', 'JPEG', 'PNG', 'BMP', 'HEIC', 'WebP'];
const confusables = [/digit 0 (and|or) the letter O\b/, /digit 1 (and|or) the letter I\b/, /digit 8 (and|or) the letter B\b/];
const militaryRule = [
  'military personnel',
  'special occupation',
  '18-digit resident identity card number',
  /different type of identity document/,
];

/**
 * Every fact of the seed, on the page of the reason it belongs to. Strings are quoted from the
 * seed (and checked against it below); regular expressions match facts the page words freshly.
 */
const facts: Record<Slug, (string | RegExp)[]> = {
  'invalid-certificate-information': [
    'Alibaba Cloud',
    /complete, true, and the same as the domain name's registration details/,
    /registrant name/,
    'certificate number',
    'certificate type',
    'issue date',
    '10 calendar days',
    /must be valid when you submit/,
    'expire',
    /colou?r scan/,
    'photo',
    ...formats,
    '55 KB',
    '5 MB',
    'borders',
    /nothing covering it/,
    'smudges',
    /seal from an authority must be red, clear and complete/,
    'Photoshop',
    /image editor/,
    /changing only the end of the file name does not work/,
    'household registration record',
    /changed your name/,
    'residency certificate',
    'seal of a public security bureau',
    /verification authority makes the final decision/,
    ...militaryRule,
    'Unified Social Credit Code',
    'query platform of China Organization Data Service',
    '400-807-6000',
    '<CheckImageLink />',
  ],
  'invalid-certificate-type-or-number': [
    'certificate type',
    /personal identity document/,
    'organization certificate',
    'Chinese mainland',
    '18-digit Unified Social Credit Code',
    'issued outside the Chinese mainland',
    'resident identity card',
    'passport',
    ...confusables,
    ...militaryRule,
  ],
  'inconsistent-registrant-information': [
    'mirrored',
    /cameras do this on their own/,
    /different phone or camera/,
    /colou?r scan/,
    /registrant name/,
    /look or sound alike/,
    /abbreviate/,
    /shorten/,
    'business license',
    'resident identity card',
    'certificate number',
    /whole number/,
    'duplicate number',
    '(1-1)',
    ...confusables,
    'country or region',
    'Chinese mainland',
    'Registrant Profiles page',
    'View in the Actions column',
    'Info Modification page',
    'Registrant Info Modification tab',
    'transfer of domain name ownership',
    '<CheckImageLink />',
  ],
  'unclear-certificate-image': [
    'national emblem',
    /seal of the issuing authority/,
    /registrant name/,
    'certificate number',
    'borders',
    /covers the certificate/,
    'smudges',
    'watermark',
    /do not add a watermark/,
    /red, clear and complete/,
    ...formats,
    '55 KB',
    '5 MB',
    '<CheckImageLink />',
  ],
  'certificate-not-in-database': [
    'newly issued',
    /synchroni[sz]ed/,
    'database of the verification authority',
    '10 calendar days',
    '<Callout kind="general">',
    /gives no specific fix/,
  ],
  'incomplete-registrant-certificate': [
    'borders',
    'business license',
    'national emblem',
    /seal of the authority that manages business licenses/,
    'watermark',
    'resident identity card',
    /side that shows the identity details/,
    'household register',
    /page with the registrant's own household registration record/,
    'foreign permanent resident ID card',
    /residence permit for Hong Kong, Macao,? and Taiwan residents/,
    /both sides, front and back/,
    /certificate with several pages/,
    'organization name',
    'certificate number',
    'seal of the registration authority',
    ...formats,
    '<CheckImageLink />',
  ],
  'invalid-registrant-certificate': [
    'unclear',
    'incomplete',
    'valid certificate',
    /colou?r scan/,
    /colou?r photo/,
    'borders',
    'national emblem',
    /black-and-white (scan|copy)/,
    /photo of a black-and-white copy/,
    'seal of the registration authority',
    ...formats,
    '<CheckImageLink />',
  ],
  'registrant-identity-authentication-failed': [
    /not valid or not authentic/,
    /different valid identity document/,
    'valid and authentic',
    'one to three business days',
  ],
  'missing-registrant-certificate': [
    '<Callout kind="general">',
    /gives no cause/,
    /gives no specific fix/,
    ...formats,
    '55 KB',
    '5 MB',
    'Upload File step',
    '/reasons/incomplete-registrant-certificate',
    '<CheckImageLink />',
  ],
  'certificate-number-not-found': [
    /registrant name/,
    ...militaryRule,
    /screenshot of a web page/,
    'qualified authority',
    'image of the certificate',
    '/reasons/certificate-not-in-database',
  ],
  'invalid-registrant-contact-information': [
    /registrant name/,
    'identity document or organization certificate',
    /must be the same/,
    'transfer the domain name',
    /real registrant/,
    /during the transfer/,
    'Modify registrant contact information or transfer domain name ownership',
  ],
  'sensitive-words-in-domain-name': [
    'sensitive word',
    'article 27',
    '.cn domain name',
    /refunds you automatically/,
    'China Internet Network Information Center (CNNIC)',
    /deletes the domain name/,
    /register the new domain name/,
    'naming rules for domain names',
    '<Callout kind="general"',
  ],
  'file-size-invalid': [
    'Upload File step',
    '55 KB',
    '5 MB',
    ...formats,
    'third-party image editor',
    /built into your phone or computer/,
    'resize',
    'convert',
    /do not just rename the file/,
    /cannot read a renamed file/,
    '<CheckImageLink />',
  ],
  'file-format-invalid': [
    'Upload File step',
    ...formats,
    /changed by hand/,
    /cannot recogni[sz]e a renamed file/,
    /do not just rename the file/,
    'third-party image editor',
    /built into your phone or computer/,
    'original image',
    /save it in a supported format/,
    '55 KB',
    '5 MB',
    '<CheckImageLink />',
  ],
};

/** Every rejection message the seed gives, verbatim. */
const seedMessages = [
  'Verification failed due to invalid certificate information',
  'Verification rejected due to invalid certificate information',
  'Inconsistent registrant information',
  'Submitted information inconsistent with registrant information',
  'Unclear or covered photo of certificate',
  'Certificate cannot be found in the database',
  'Newly issued certificate',
  'Incomplete registrant certificate',
  'Invalid registrant certificate',
  'Failed to authenticate the registrant identity',
  'Lack of registrant certificate',
  'Certificate number cannot be found',
  'Registrant certificate verification failed',
  'Registrant contact information invalid',
  'Registration denied due to the violation of Internet Domain Name Regulations article 27 circumstance 2: Jeopardizing national security, leaking state secrets, intending to overturn the government, or disrupting state integrity.',
  "Registration denied due to the violation of Internet Domain Name Regulations article 27 circumstance 8: Infringing other people's legal rights and interests.",
  'Registration denied due to the violation of Internet Domain Name Regulations article 27 circumstance 9: Other contents prohibited by laws and administrative regulations.',
  'The domain name harms national honor and interests.',
  'Sensitive words.',
];

describe('the reason catalog', () => {
  it('holds exactly the published slugs', () => {
    expect(reasons.map((r) => r.slug).sort()).toEqual([...expectedSlugs]);
  });

  it.each(expectedSlugs)('%s has the four sections, in order, and numbered steps', (slug) => {
    const text = body(slug);
    const headings = [...text.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(sections.map((s) => `## ${s}`));
    const fix = text.slice(text.indexOf('## How to fix it'), text.indexOf('## Before you resubmit'));
    expect(fix).toMatch(/\n<Steps>\n\n1\. [\s\S]*\n\n<\/Steps>\n/);
    const checklist = text.slice(text.indexOf('## Before you resubmit'));
    expect(checklist).toMatch(/^- /m);
  });

  it.each(expectedSlugs)('%s does not repeat what the page already shows', (slug) => {
    const reason = reasons.find((r) => r.slug === slug)!;
    const text = body(slug);
    expect(text).not.toContain(reason.title);
    for (const message of reason.messages) expect(text).not.toContain(message);
  });

  it.each(expectedSlugs)('%s links only to pages that exist', (slug) => {
    const routes = ['/check', '/diagnose', '/tools/certificate-number', '/tools/certificate-dates', '/tools/name-match'];
    for (const [, href] of body(slug).matchAll(/\]\(([^)]+)\)/g)) {
      const target = href!.startsWith('/reasons/') ? href!.slice('/reasons/'.length) : href;
      if (href!.startsWith('/reasons/')) {
        expect(expectedSlugs, `${slug} links to ${href}`).toContain(target);
        expect(target).not.toBe(slug);
      } else {
        expect(routes, `${slug} links to ${href}`).toContain(href);
      }
    }
  });

  it('marks general advice on the reasons the seed gives no fix for', () => {
    for (const slug of ['certificate-not-in-database', 'missing-registrant-certificate'] as const) {
      const fix = body(slug).split('## How to fix it')[1]!.split('## Before you resubmit')[0]!;
      expect(fix).toMatch(/^<Callout kind="general">\n\nThe official guidance gives no specific fix/m);
    }
  });

  it('shows the photo checker button on every reason that lists the image tool', () => {
    for (const reason of reasons.filter((r) => r.tools.includes('image-check'))) {
      expect(body(reason.slug), reason.slug).toContain('<CheckImageLink />');
    }
  });
});

describe('seed coverage', () => {
  it.each(expectedSlugs)('%s states every fact the seed gives for it', (slug) => {
    const text = plain(source(slug)).toLowerCase();
    const missing = facts[slug].filter((fact) =>
      typeof fact === 'string'
        ? !text.includes(plain(fact).toLowerCase())
        : !new RegExp(fact.source, 'i').test(text),
    );
    expect(missing).toEqual([]);
  });

  it('quotes every literal fact from the seed', () => {
    const ownWords = ['<CheckImageLink />', '<Callout kind="general">', '<Callout kind="general"'];
    const literals = Object.values(facts)
      .flat()
      .filter((f): f is string => typeof f === 'string' && !ownWords.includes(f) && !f.startsWith('/reasons/'));
    const missing = literals.filter((f) => !seed.toLowerCase().includes(f.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('gives each seed message, verbatim, to exactly one reason', () => {
    for (const message of seedMessages) {
      expect(seed, 'the message is quoted from the seed').toContain(message);
      const owners = reasons.filter((r) => r.messages.includes(message)).map((r) => r.slug);
      expect(owners, message).toHaveLength(1);
    }
  });

  it('has no message that is not in the seed', () => {
    const all = reasons.flatMap((r) => r.messages);
    expect([...all].sort()).toEqual([...seedMessages].sort());
  });
});
