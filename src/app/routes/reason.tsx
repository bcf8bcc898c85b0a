import { lazy, Suspense } from 'react';
import { redirect, useLoaderData, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '../../config/paths';
import { localizePath, type Locale } from '../../i18n/locales';
import {
  getReasonPage,
  reasonExists,
  reasonModules,
} from '../../features/reasons/api/get-reason-page';
import { ReasonPage } from '../../features/reasons/components/reason-page';
import { reasonStrings } from '../../features/reasons/i18n';

// Only a mistyped link needs the not-found view; keep it out of every reason page's first load.
const loadNotFound = () => import('./not-found');
const NotFoundView = lazy(async () => ({ default: (await loadNotFound()).NotFoundView }));

export const localeData = [reasonStrings, reasonModules];

export async function loader({ params }: LoaderFunctionArgs, locale: Locale) {
  const slug = params.slug ?? '';
  // Links get mangled in emails: "/reasons/File-Size-Invalid" still finds its page.
  const canonical = slug
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (canonical !== slug && (await reasonExists(locale, canonical))) {
    return redirect(localizePath(locale, paths.reason.href(canonical)));
  }
  // The page's text is part of its first render (and of the prerendered HTML it hydrates).
  const page = await getReasonPage(locale, slug);
  if (page) return page;
  await (await loadNotFound()).preload(locale);
  return null;
}

export function Component() {
  const slug = useParams().slug ?? '';
  // The loader's data as it returned it (its type helper would drop the MDX component).
  const page = useLoaderData() as Awaited<ReturnType<typeof getReasonPage>> | null;
  if (!page) {
    return (
      <Suspense fallback={null}>
        <NotFoundView guess={slug.replace(/[-_]+/g, ' ')} />
      </Suspense>
    );
  }
  return <ReasonPage reason={page.reason} related={page.related} Body={page.Body} />;
}
