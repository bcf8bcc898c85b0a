// Every route's path and href builder, defined once. Hrefs are relative to the router's basename.

export const paths = {
  home: { pattern: '/', href: () => '/' },
  reason: { pattern: '/reasons/:slug', href: (slug: string) => `/reasons/${slug}` },
  lookup: {
    pattern: '/lookup',
    href: (q?: string) => (q ? `/lookup?q=${encodeURIComponent(q)}` : '/lookup'),
  },
  check: { pattern: '/check', href: () => '/check' },
  diagnose: { pattern: '/diagnose', href: () => '/diagnose' },
  certificateNumber: {
    pattern: '/tools/certificate-number',
    href: () => '/tools/certificate-number',
  },
  certificateDates: { pattern: '/tools/certificate-dates', href: () => '/tools/certificate-dates' },
  nameMatch: { pattern: '/tools/name-match', href: () => '/tools/name-match' },
  notFound: { pattern: '*', href: () => '/404' },
} as const;
