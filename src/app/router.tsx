import { createBrowserRouter, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { HydrateFallback, Layout } from './layout';
import { RouteError } from './route-error';

// Route modules are thin and lazy: each page's code loads only when it is visited.
export const routes: RouteObject[] = [
  {
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

export const router = createBrowserRouter(routes, {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});
