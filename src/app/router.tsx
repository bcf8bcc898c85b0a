import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { HydrateFallback, Layout } from './layout';
import { RootError, RouteError } from './route-error';

/** The router's basename: Vite's base path, with its trailing slash so home is ".../realname/". */
export const basename = import.meta.env.BASE_URL;

type RouteModule = Pick<RouteObject, 'loader'> & { Component: React.ComponentType };

/**
 * A page route: its module loads lazily, and an error in it keeps the header and a way back.
 * react-router leaves a route whose module failed to download without anything to render, so a
 * failed download becomes a page that says so (reloading fetches it again).
 */
const page = (path: string, load: () => Promise<RouteModule>): RouteObject => ({
  path,
  lazy: () => load().catch((error: unknown) => ({ Component: () => <RouteError error={error} /> })),
  errorElement: <RouteError />,
});

// Route modules are thin and lazy: each page's code loads only when it is visited. The same
// routes render in the browser and, at build time, into the prerendered HTML.
export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <Layout />,
    errorElement: <RootError />,
    hydrateFallbackElement: <HydrateFallback />,
    children: [
      page(paths.home.pattern, () => import('./routes/home')),
      page(paths.reason.pattern, () => import('./routes/reason')),
      page(paths.lookup.pattern, () => import('./routes/lookup')),
      page(paths.check.pattern, () => import('./routes/check')),
      page(paths.diagnose.pattern, () => import('./routes/diagnose')),
      page(paths.certificateNumber.pattern, () => import('./routes/certificate-number')),
      page(paths.certificateDates.pattern, () => import('./routes/certificate-dates')),
      page(paths.nameMatch.pattern, () => import('./routes/name-match')),
      page(paths.notFound.pattern, () => import('./routes/not-found')),
    ],
  },
];
