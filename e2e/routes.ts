/** One URL per kind of page, in English, for checks that run on every route. */
export const everyEnglishRoute = [
  { name: 'home', path: '/' },
  { name: 'reason', path: '/reasons/invalid-certificate-information' },
  { name: 'reason-sensitive-words', path: '/reasons/sensitive-words-in-domain-name' },
  { name: 'reason-file-size', path: '/reasons/file-size-invalid' },
  { name: 'lookup-empty', path: '/lookup' },
  { name: 'lookup-results', path: '/lookup?q=Invalid%20registrant%20certificate' },
  { name: 'lookup-nothing-found', path: '/lookup?q=zzqxv' },
  { name: 'check', path: '/check' },
  { name: 'diagnose', path: '/diagnose' },
  {
    name: 'diagnose-answered',
    path: '/diagnose?who=organization&region=chinese-mainland&certificate=business-license',
  },
  { name: 'certificate-number', path: '/tools/certificate-number' },
  { name: 'certificate-dates', path: '/tools/certificate-dates' },
  { name: 'name-match', path: '/tools/name-match' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

/** The same pages in Chinese: "/zh" for the start page, "/zh/…" for the others. */
export const everyChineseRoute = everyEnglishRoute.map(({ name, path }) => ({
  name: `zh-${name}`,
  path: path === '/' ? '/zh' : `/zh${path}`,
}));

/** Every kind of page in both languages. */
export const everyRoute = [...everyEnglishRoute, ...everyChineseRoute];
