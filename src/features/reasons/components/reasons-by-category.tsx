import type { Category } from '../../../content/schema';
import { groupByCategory, useReasonCatalog } from '../catalog';
import { useReasonListStrings } from '../i18n/list';
import { ReasonCardList } from './reason-card-list';

/** Every reason, grouped under plain-language category headings. */
export function ReasonsByCategory({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const t = useReasonListStrings();
  const { reasons } = useReasonCatalog();
  return (
    <div className="space-y-8">
      {groupByCategory(reasons, Object.keys(t.categories) as Category[]).map(
        ({ category, reasons }) => (
          <section key={category} aria-labelledby={`category-${category}`}>
            <Heading id={`category-${category}`} className="text-xl font-bold">
              {t.categories[category].title}
            </Heading>
            <p className="mt-1 mb-3 text-slate-700 dark:text-slate-300">
              {t.categories[category].blurb}
            </p>
            <ReasonCardList reasons={reasons} />
          </section>
        ),
      )}
    </div>
  );
}
