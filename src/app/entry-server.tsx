// Build-time only: renders one URL of the portal to HTML (see scripts/prerender.mjs).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import reasons from 'virtual:reason-catalog/en';
import { paths } from '../config/paths';
import { alternatePaths, languageTags, localeOfPath, locales, localizePath } from '../i18n/locales';
import { basename, routes } from './router';

/** Every page in one language, as English router paths (without the base path). */
const englishPaths = [
  paths.home.href(),
  paths.lookup.href(),
  paths.check.href(),
  paths.diagnose.href(),
  paths.certificateNumber.href(),
  paths.certificateDates.href(),
  paths.nameMatch.href(),
  paths.notFound.href(),
  ...reasons.map((r) => paths.reason.href(r.slug)),
];

/** Every page to prerender, in both languages, as router paths (without the base path). */
export const prerenderPaths = locales.flatMap((locale) =>
  englishPaths.map((path) => localizePath(locale, path)),
);

/** Pages that stand for a missing page: not listed in the sitemap. */
export const notFoundPaths = locales.map((locale) => localizePath(locale, paths.notFound.href()));

const handler = createStaticHandler(routes, { basename });

/** Renders one router path; returns the HTML, its language tag and the HTTP status it stands for. */
export async function render(
  path: string,
): Promise<{ html: string; status: number; lang: string }> {
  const url = new URL(`${basename}${path.slice(1)}`, 'http://prerender.local');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    throw new Error(`Prerendering ${path} answered with a redirect (${context.status}).`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  return { html, status: context.statusCode, lang: languageTags[localeOfPath(path)] };
}
export { bootScript } from '../config/boot-script';
export { alternatePaths };
