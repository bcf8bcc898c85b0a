import { reasons } from 'virtual:reason-catalog';
import { describe, expect, it } from 'vitest';
import { answersToParams, isComplete, parseAnswers, withAnswer, type Answers } from './answers';
import { buildChecklist } from './build-checklist';

const known = new Set(reasons.map((r) => r.slug));
const parse = (query: string) => parseAnswers(new URLSearchParams(query), known);
const checklist = (query: string) => {
  const answers = parse(query);
  if (!isComplete(answers)) throw new Error(`incomplete: ${query}`);
  return buildChecklist(answers, reasons);
};
const allText = (query: string) => {
  const c = checklist(query);
  return [...c.warnings, ...c.steps]
    .flatMap((i) => [i.title, ...i.details])
    .concat(c.cannotUse)
    .join('\n');
};

describe('answers in the URL', () => {
  it('round-trips', () => {
    const query =
      'who=individual&region=chinese-mainland&certificate=resident-id&special=name-change&special=new-certificate&message=certificate-not-in-database';
    expect(answersToParams(parse(query)).toString()).toBe(query);
  });
  it('drops values it does not know, and certificates that do not fit', () => {
    expect(parse('who=robot&region=moon&certificate=passport&message=nope')).toEqual({
      special: [],
    });
    expect(parse('who=organization&certificate=passport&special=military')).toEqual({
      who: 'organization',
      special: [],
    });
  });
  it('forgets an impossible certificate when the registrant kind changes', () => {
    const a: Answers = {
      who: 'individual',
      region: 'chinese-mainland',
      certificate: 'passport',
      special: ['military'],
    };
    expect(withAnswer(a, { who: 'organization' })).toEqual({
      who: 'organization',
      region: 'chinese-mainland',
      special: [],
    });
  });
  it('is complete once who, where and which certificate are answered', () => {
    expect(isComplete(parse('who=individual&region=chinese-mainland'))).toBe(false);
    expect(
      isComplete(parse('who=individual&region=chinese-mainland&certificate=resident-id')),
    ).toBe(true);
  });
});

describe('buildChecklist', () => {
  it('a mainland individual with a resident identity card: identity side, Chinese mainland, no warnings', () => {
    const c = checklist('who=individual&region=chinese-mainland&certificate=resident-id');
    expect(c.warnings).toEqual([]);
    expect(c.steps.map((s) => s.id)).toEqual([
      'type',
      'region',
      'name',
      'number',
      'dates',
      'image',
    ]);
    expect(allText('who=individual&region=chinese-mainland&certificate=resident-id')).toContain(
      'Upload the side of the card that shows the identity information.',
    );
    expect(c.steps[1]?.title).toBe('Country or region: select Chinese mainland');
  });
  it.each([
    ['foreign-permanent-resident-id', 'both the front and the back of the card'],
    ['hmt-residence-permit', 'both the front and the back of the permit'],
    [
      'household-register',
      'the page that shows the household registration record of the registrant',
    ],
  ])('%s: %s', (certificate, text) => {
    expect(
      allText(`who=individual&region=outside-chinese-mainland&certificate=${certificate}`),
    ).toContain(text);
  });
  it('a mainland organization: the seal, the page with name/number/seal, (1-1), the query platform', () => {
    const text = allText('who=organization&region=chinese-mainland&certificate=business-license');
    expect(text).toContain('the seal of the registration authority');
    expect(text).toContain(
      'the page with the organization name, the certificate number and the seal of the registration authority',
    );
    expect(text).toContain('(1-1)');
    expect(text).toContain('400-807-6000');
    expect(text).toContain('do not use an abbreviated or shortened name');
    expect(
      checklist('who=organization&region=chinese-mainland&certificate=business-license').warnings,
    ).toEqual([]);
  });
  it('warns when the certificate does not fit the region', () => {
    expect(
      checklist('who=individual&region=chinese-mainland&certificate=passport').warnings.map(
        (w) => w.id,
      ),
    ).toEqual(['mainland-individual']);
    expect(
      checklist(
        'who=individual&region=outside-chinese-mainland&certificate=resident-id',
      ).warnings.map((w) => w.id),
    ).toEqual(['outside-individual']);
    expect(
      checklist('who=individual&region=outside-chinese-mainland&certificate=passport').warnings,
    ).toEqual([]);
    expect(
      checklist('who=organization&region=chinese-mainland&certificate=other').warnings.map(
        (w) => w.id,
      ),
    ).toEqual(['mainland-organization']);
    expect(
      checklist(
        'who=organization&region=outside-chinese-mainland&certificate=business-license',
      ).warnings.map((w) => w.id),
    ).toEqual(['outside-organization']);
    expect(
      checklist('who=organization&region=outside-chinese-mainland&certificate=other').warnings,
    ).toEqual([]);
  });
  it('military personnel cannot use the resident identity card number', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=military',
    );
    expect(c.warnings.map((w) => w.id)).toEqual(['military-resident-id']);
    expect(c.cannotUse[0]).toMatch(/18-digit resident identity card number/);
    expect(
      checklist('who=individual&region=chinese-mainland&certificate=passport&special=military')
        .warnings,
    ).toEqual([]);
  });
  it('a changed name or moving household registration: residency certificate with the police seal, or wait', () => {
    expect(
      allText('who=individual&region=chinese-mainland&certificate=resident-id&special=name-change'),
    ).toContain(
      'residency certificate with the seal of a public security bureau, or submit after the household registration has been transferred',
    );
  });
  it('a new certificate: wait 10 calendar days, with the dates tool', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&special=new-certificate',
    );
    const dates = c.steps.find((s) => s.id === 'dates');
    expect(dates?.title).toMatch(/wait until/);
    expect(dates?.links.map((l) => l.href)).toEqual([
      '/tools/certificate-dates',
      '/reasons/certificate-not-in-database',
    ]);
  });
  it('the message received links its reason page', () => {
    const c = checklist(
      'who=individual&region=chinese-mainland&certificate=resident-id&message=unclear-certificate-image',
    );
    expect(c.steps.at(-1)?.links).toEqual([
      {
        href: '/reasons/unclear-certificate-image',
        label: 'Photo of the certificate is unclear, covered or watermarked',
      },
    ]);
  });
  it('links only to tools, the image checker and reason pages that exist', () => {
    const c = checklist(
      'who=organization&region=chinese-mainland&certificate=business-license&special=new-certificate&message=file-size-invalid',
    );
    for (const link of c.steps.flatMap((s) => s.links).concat(c.warnings.flatMap((w) => w.links))) {
      expect(link.href).toMatch(
        /^\/(tools\/(certificate-number|certificate-dates|name-match)|check|reasons\/[a-z-]+)$/,
      );
      if (link.href.startsWith('/reasons/'))
        expect(known).toContain(link.href.slice('/reasons/'.length));
      expect(link.label).not.toMatch(/^[a-z-]+$/);
    }
  });
});
