import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/app';
import { basename, routes } from './app/router';
import './styles.css';

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
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>
);

// Hydrate only HTML that was prerendered for this very URL (a query such as ?q=… or a fallback
// page served for another path renders differently); otherwise render afresh.
const here = `/${window.location.pathname.slice(basename.length)}`;
// As a transition, React renders in small slices, so the page answers taps while it hydrates.
startTransition(() => {
  if (container.dataset.prerendered === here && !window.location.search) {
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
