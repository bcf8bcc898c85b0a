// The answers to the guided questions, kept in the URL so a checklist can be shared or
// bookmarked. Unknown values are dropped, never trusted: the URL may have been edited by hand.

export const registrantKinds = ['individual', 'organization'] as const;
export const regions = ['chinese-mainland', 'outside-chinese-mainland'] as const;
export const certificates = [
  'resident-id',
  'passport',
  'business-license',
  'foreign-permanent-resident-id',
  'hmt-residence-permit',
  'household-register',
  'other',
] as const;
export const specialCases = ['name-change', 'military', 'new-certificate'] as const;

export type RegistrantKind = (typeof registrantKinds)[number];
export type Region = (typeof regions)[number];
export type Certificate = (typeof certificates)[number];
export type SpecialCase = (typeof specialCases)[number];

export interface Answers {
  who?: RegistrantKind;
  region?: Region;
  certificate?: Certificate;
  special: SpecialCase[];
  /** Slug of the reason page for the message received, if any. */
  message?: string;
}

/** The certificates each kind of registrant can choose from. */
export const certificatesFor: Record<RegistrantKind, readonly Certificate[]> = {
  individual: [
    'resident-id',
    'passport',
    'foreign-permanent-resident-id',
    'hmt-residence-permit',
    'household-register',
    'other',
  ],
  organization: ['business-license', 'other'],
};

/** The special cases that apply to each kind of registrant. */
export const specialCasesFor: Record<RegistrantKind, readonly SpecialCase[]> = {
  individual: ['name-change', 'military', 'new-certificate'],
  organization: ['new-certificate'],
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseAnswers(params: URLSearchParams, knownMessages: ReadonlySet<string>): Answers {
  const who = oneOf(registrantKinds, params.get('who'));
  const region = oneOf(regions, params.get('region'));
  const certificate = who ? oneOf(certificatesFor[who], params.get('certificate')) : undefined;
  const special = who
    ? specialCasesFor[who].filter((s) => params.getAll('special').includes(s))
    : [];
  const message = params.get('message') ?? '';
  return {
    who,
    region,
    certificate,
    special,
    message: knownMessages.has(message) ? message : undefined,
  };
}

export function answersToParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  if (answers.who) params.set('who', answers.who);
  if (answers.region) params.set('region', answers.region);
  if (answers.certificate) params.set('certificate', answers.certificate);
  for (const s of specialCases) if (answers.special.includes(s)) params.append('special', s);
  if (answers.message) params.set('message', answers.message);
  return params;
}

/** Changing who the registrant is can make the chosen certificate or special cases impossible. */
export function withAnswer(answers: Answers, change: Partial<Answers>): Answers {
  const next = { ...answers, ...change };
  if (next.who && next.certificate && !certificatesFor[next.who].includes(next.certificate))
    next.certificate = undefined;
  if (next.who) next.special = next.special.filter((s) => specialCasesFor[next.who!].includes(s));
  return next;
}

/** The checklist can be built once the three core questions are answered. */
export function isComplete(
  answers: Answers,
): answers is Answers & { who: RegistrantKind; region: Region; certificate: Certificate } {
  return (
    answers.who !== undefined && answers.region !== undefined && answers.certificate !== undefined
  );
}
