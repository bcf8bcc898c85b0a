import { Link } from 'react-router';
import type { MDXContent } from 'mdx/types';
import type { CatalogReason } from '../../../content/schema';
import { paths } from '../../../config/paths';
import { mdxComponents } from '../../../components/mdx/mdx-components';
import { PageMeta } from '../../../components/page-meta';
import { getReason } from '../catalog';
import { OutcomeBadge } from './outcome-badge';
import { ReasonCardList } from './reason-card-list';
import { ReasonMessages } from './reason-messages';
import { ReasonTools } from './reason-tools';

const registrantWords = { individual: 'individuals', organization: 'organizations' };
const regionWords = {
  'chinese-mainland': 'in the Chinese mainland',
  'outside-chinese-mainland': 'outside the Chinese mainland',
};

export function ReasonPage({ reason, Body }: { reason: CatalogReason; Body: MDXContent }) {
  const related = reason.related.map((slug) => getReason(slug)).filter((r) => r !== undefined);
  return (
    <article data-reason-page={reason.slug}>
      <PageMeta title={reason.title} description={reason.summary} />
      <p>
        <Link
          to={paths.home.href()}
          className="inline-flex min-h-11 items-center font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300"
        >
          ← All rejection reasons
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{reason.title}</h1>
      <p className="mt-3 text-xl text-slate-700 dark:text-slate-300">{reason.summary}</p>
      <ReasonMessages reason={reason} />
      <div className="mt-6">
        <OutcomeBadge reason={reason} />
      </div>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Applies to {reason.appliesTo.registrant.map((r) => registrantWords[r]).join(' and ')}{' '}
        {reason.appliesTo.region.map((r) => regionWords[r]).join(' and ')}.
      </p>
      <div className="prose-reason mt-4">
        <Body components={mdxComponents} />
      </div>
      <ReasonTools tools={reason.tools} />
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="mb-3 text-2xl font-bold">
            Related reasons
          </h2>
          <ReasonCardList reasons={related} />
        </section>
      )}
      <p className="mt-10 text-lg">
        Not your message?{' '}
        <Link
          to={paths.lookup.href()}
          className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300"
        >
          Search for the text you received
        </Link>
        .
      </p>
    </article>
  );
}
