import { Link } from 'react-router';
import type { Tool } from '../../../content/schema';
import { paths } from '../../../config/paths';
import { useLocalizedHref } from '../../../i18n/locale-context';
import { useReasonStrings } from '../i18n';

const toolHrefs: Record<Tool, string> = {
  'image-check': paths.check.href(),
  'certificate-number': paths.certificateNumber.href(),
  'certificate-dates': paths.certificateDates.href(),
  diagnose: paths.diagnose.href(),
  'name-match': paths.nameMatch.href(),
};

/** Links to the portal tools that help avoid this reason before resubmitting. */
export function ReasonTools({ tools }: { tools: Tool[] }) {
  const t = useReasonStrings();
  const href = useLocalizedHref();
  if (tools.length === 0) return null;
  return (
    <section
      aria-labelledby="tools-heading"
      className="mt-8 rounded-lg bg-blue-50 p-4 dark:bg-blue-950/40"
    >
      <h2 id="tools-heading" className="text-xl font-bold">
        {t.toolsHeading}
      </h2>
      <ul className="mt-3 space-y-2">
        {tools.map((tool) => (
          <li key={tool}>
            <Link
              to={href(toolHrefs[tool])}
              className="block min-h-11 rounded-md bg-white p-3 shadow-sm hover:bg-blue-100 dark:bg-slate-900 dark:hover:bg-slate-800"
            >
              <span className="block font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
                {t.tools[tool].label}
              </span>
              <span className="block text-slate-700 dark:text-slate-300">
                {t.tools[tool].detail}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
