import { useEffect } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { paths } from '../config/paths';
import { replayEarlyInput } from './replay-early-input';
import { markHydrated } from './use-hydrated';

const navItems = [
  { href: paths.lookup.href(), label: 'Find my message' },
  { href: paths.diagnose.href(), label: 'What to submit' },
  { href: paths.check.href(), label: 'Check my photo' },
];

export function Layout() {
  const navigation = useNavigation();
  // Marks the moment the page is interactive (hydrated); tests wait for it before pasting.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
    markHydrated();
    replayEarlyInput(document.getElementById('root')!);
  }, []);
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only print:hidden focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-blue-800"
      >
        Skip to content
      </a>
      <header className="border-b print:hidden border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
          <Link
            to={paths.home.href()}
            className="flex min-h-11 items-center text-lg font-bold text-slate-900 no-underline dark:text-white"
          >
            Real-name verification help
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-1">
              {navItems.map(({ href, label }) => (
                <li key={href}>
                  {/* NavLink marks the current page with aria-current for screen readers. */}
                  <NavLink
                    to={href}
                    className="flex min-h-11 items-center px-2 font-medium text-blue-800 underline-offset-2 hover:underline aria-[current=page]:underline dark:text-blue-300"
                  >
                    {label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {navigation.state === 'loading' && (
        <div
          role="progressbar"
          aria-label="Loading page"
          className="h-1 w-full animate-pulse bg-blue-600 print:hidden"
        />
      )}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none"
      >
        <Outlet />
      </main>
      <footer className="border-t print:hidden border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
        <div className="mx-auto max-w-3xl space-y-2 px-4 py-6">
          <p>
            <strong>Private by design:</strong> nothing you type or choose on this site is sent
            anywhere or stored. Everything runs on your own device.
          </p>
          <p>
            This guide explains the published verification rules. Whether a submission passes is
            decided by the registry-accredited verification authority.
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}

export function HydrateFallback() {
  return (
    <p className="p-6 text-lg" role="status">
      Loading…
    </p>
  );
}
