import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { HydrateFallback, Layout } from './layout';
import { RouteError } from './route-error';

/** The router's basename: Vite's base path, with its trailing slash so home is ".../realname/". */
export const basename = import.meta.env.BASE_URL;

// Route modules are thin and lazy: each page's code loads only when it is visited. The same
// routes render in the browser and, at build time, into the prerendered HTML.
export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <HydrateFallback />,
    children: [
      { path: paths.home.pattern, lazy: () => import('./routes/home') },
      { path: paths.reason.pattern, lazy: () => import('./routes/reason') },
      { path: paths.lookup.pattern, lazy: () => import('./routes/lookup') },
      { path: paths.check.pattern, lazy: () => import('./routes/check') },
      { path: paths.diagnose.pattern, lazy: () => import('./routes/diagnose') },
      { path: paths.certificateNumber.pattern, lazy: () => import('./routes/certificate-number') },
      { path: paths.certificateDates.pattern, lazy: () => import('./routes/certificate-dates') },
      { path: paths.nameMatch.pattern, lazy: () => import('./routes/name-match') },
      { path: paths.notFound.pattern, lazy: () => import('./routes/not-found') },
    ],
  },
];
