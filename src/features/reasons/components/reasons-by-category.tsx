import { categoryLabels, reasonsByCategory } from '../catalog';
import { ReasonCardList } from './reason-card-list';

/** Every reason, grouped under plain-language category headings. */
export function ReasonsByCategory({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-8">
      {reasonsByCategory().map(({ category, reasons }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <Heading id={`category-${category}`} className="text-xl font-bold">
            {categoryLabels[category].title}
          </Heading>
          <p className="mt-1 mb-3 text-slate-700 dark:text-slate-300">
            {categoryLabels[category].blurb}
          </p>
          <ReasonCardList reasons={reasons} />
        </section>
      ))}
    </div>
  );
}
