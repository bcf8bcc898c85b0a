import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths';

/**
 * Shown in place of a page that failed to load or render, under the header, so the rest of the
 * portal stays usable: says so plainly and offers a way back.
 */
export function RouteError({ error: given }: { error?: unknown }) {
  const routeError = useRouteError();
  const error = given ?? routeError;
  const offline = error instanceof TypeError && /fetch|import/i.test(error.message);
  return (
    <div role="alert">
      <title>Something went wrong · Real-name verification help</title>
      <h1 className="text-3xl font-bold">Sorry, this page could not be shown</h1>
      <p className="mt-4 text-lg">
        {offline
          ? 'Part of the page could not be loaded. Check your connection, then reload the page.'
          : isRouteErrorResponse(error)
            ? `The page could not be opened (error ${error.status}). Reload it, or start again from the start page.`
            : 'Something unexpected went wrong on this page. Your information was not sent anywhere.'}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800"
        >
          Reload the page
        </button>
        <Link
          to={paths.home.href()}
          className="flex min-h-11 items-center rounded-lg border border-slate-400 px-5 font-semibold"
        >
          Go to the start page
        </Link>
      </div>
    </div>
  );
}

/** The last resort, when even the layout failed: the same message on a bare page. */
export function RootError() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <RouteError />
    </main>
  );
}
