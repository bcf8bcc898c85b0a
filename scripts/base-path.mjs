/** Where the portal lives on its host, e.g. BASE_PATH=/help/realname/ npm run build. Ends in "/". */
export function basePath(value = process.env.BASE_PATH ?? '/') {
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** The local server the tests and benchmarks serve a build on: the origin of a test build. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4173';

/**
 * The portal's public origin, for canonical links and sitemap.xml, which need whole URLs:
 * SITE_ORIGIN=https://help.example.cn npm run build. Without it, a build names the local test
 * server, and the prerender says so.
 */
export function siteOrigin(value = process.env.SITE_ORIGIN) {
  if (!value) return LOCAL_ORIGIN;
  const url = new URL(value);
  return url.origin;
}
