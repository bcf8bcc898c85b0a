import { startTransition, StrictMode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { basename, routes } from './app/router';
import { paths } from './config/paths';
import { toEnglishPath } from './i18n/locales';
import './styles.css';

// Each step of the start runs in a task of its own (react-dom is imported lazily, so it loads
// and runs apart from the rest), which keeps the page responsive to taps while it starts.
const { createRoot, hydrateRoot } = await import('react-dom/client');
const router = createBrowserRouter(routes, { basename });

// Wait until the page's lazy route and its content have loaded, so the first render shows the
// same page the prerendered HTML shows instead of a loading state.
await new Promise<void>((resolve) => {
  if (router.state.initialized) return resolve();
  const unsubscribe = router.subscribe((state) => {
    if (state.initialized) {
      unsubscribe();
      resolve();
    }
  });
});

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

// Hydrate only HTML that was prerendered for this very path (a fallback page served for another
// path renders differently), and with a query only on the lookup, which hydrates as prerendered
// before it shows the query's results (see useHydrated); otherwise render afresh.
// "/zh/" is the same page as "/zh", prerendered as the latter.
const here = `/${window.location.pathname.slice(basename.length)}`.replace(/(.)\/$/, '$1');
const hydratable =
  container.dataset.prerendered === here &&
  (!window.location.search || toEnglishPath(here) === paths.lookup.href());
// As a transition, React renders in small slices, so the page answers taps while it hydrates.
startTransition(() => {
  if (hydratable) {
    hydrateRoot(container, app);
  } else {
    createRoot(container).render(app);
  }
});

// Keep visited pages available offline (public/sw.js); only in the built site.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
    // Without a service worker the portal works as before, just not offline.
  });
}
