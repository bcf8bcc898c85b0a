import { Link } from 'react-router';
import type { MDXContent } from 'mdx/types';
import { paths } from '../../../config/paths';
import { mdxComponents } from '../../../components/mdx/mdx-components';
import { PageMeta } from '../../../components/page-meta';
import { useLocalizedHref } from '../../../i18n/locale-context';
import type { PageReason, RelatedReason } from '../api/get-reason-page';
import { useReasonStrings } from '../i18n';
import { OutcomeBadge } from './outcome-badge';
import { ReasonCardList } from './reason-card-list';
import { ReasonMessages } from './reason-messages';
import { ReasonTools } from './reason-tools';

export function ReasonPage({
  reason,
  related,
  Body,
}: {
  reason: PageReason;
  related: RelatedReason[];
  Body: MDXContent;
}) {
  const t = useReasonStrings();
  const href = useLocalizedHref();
  return (
    <article data-reason-page={reason.slug}>
      <PageMeta title={reason.title} description={reason.summary} />
      <p>
        <Link
          to={href(paths.home.href())}
          className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
        >
          {t.allReasons}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{reason.title}</h1>
      <p className="mt-3 text-xl text-slate-700 dark:text-slate-300">{reason.summary}</p>
      <ReasonMessages reason={reason} />
      <div className="mt-6">
        <OutcomeBadge reason={reason} />
      </div>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        {t.appliesTo(reason.appliesTo.registrant, reason.appliesTo.region)}
      </p>
      <div className="prose-reason mt-4">
        <Body components={mdxComponents} />
      </div>
      <ReasonTools tools={reason.tools} />
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="mb-3 text-2xl font-bold">
            {t.relatedHeading}
          </h2>
          <ReasonCardList reasons={related} />
        </section>
      )}
      <p className="mt-10 text-lg">
        {t.notYourMessage}{' '}
        <Link
          to={href(paths.lookup.href())}
          className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300"
        >
          {t.searchLink}
        </Link>
      </p>
    </article>
  );
}
