import { lazy, Suspense } from 'react';
import { redirect, useLoaderData, useParams, type LoaderFunctionArgs } from 'react-router';
import { paths } from '../../config/paths';
import { getReasonBody } from '../../features/reasons/api/get-reason-body';
import { ReasonPage } from '../../features/reasons/components/reason-page';
import { getReason } from '../../features/reasons/catalog';

// Only a mistyped link needs the not-found view; keep it out of every reason page's first load.
const loadNotFound = () => import('./not-found');
const NotFoundView = lazy(async () => ({ default: (await loadNotFound()).NotFoundView }));

export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  // Links get mangled in emails: "/reasons/File-Size-Invalid" still finds its page.
  const canonical = slug
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (canonical !== slug && getReason(canonical)) return redirect(paths.reason.href(canonical));
  // The page's text is part of its first render (and of the prerendered HTML it hydrates).
  if (getReason(slug)) return { Body: await getReasonBody(slug) };
  await loadNotFound();
  return { Body: null };
}

export function Component() {
  const slug = useParams().slug ?? '';
  const reason = getReason(slug);
  const { Body } = useLoaderData<typeof loader>();
  if (!reason || !Body) {
    return (
      <Suspense fallback={null}>
        <NotFoundView guess={slug.replace(/[-_]+/g, ' ')} />
      </Suspense>
    );
  }
  return <ReasonPage reason={reason} Body={Body} />;
}
