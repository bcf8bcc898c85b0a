// Build-time only: renders one URL of the portal to HTML (see scripts/prerender.mjs).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { reasons } from 'virtual:reason-catalog';
import { paths } from '../config/paths';
import { basename, routes } from './router';

/** Every page to prerender, as router paths (without the base path). */
export const prerenderPaths = [
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

const handler = createStaticHandler(routes, { basename });

/** Renders one router path; returns the HTML and the HTTP status the page stands for. */
export async function render(path: string): Promise<{ html: string; status: number }> {
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
  return { html, status: context.statusCode };
}
export { bootScript } from '../config/boot-script';
