import { Link } from 'react-router';
import type { Tool } from '../../../content/schema';
import { paths } from '../../../config/paths';

const toolLinks: Record<Tool, { href: string; label: string; detail: string }> = {
  'image-check': {
    href: paths.check.href(),
    label: 'Check your certificate photo',
    detail: 'Format, size, colour, sharpness and more, checked on your device.',
  },
  'certificate-number': {
    href: paths.certificateNumber.href(),
    label: 'Check your certificate number',
    detail: 'Finds typos such as the letter O instead of the digit 0.',
  },
  'certificate-dates': {
    href: paths.certificateDates.href(),
    label: 'Check your certificate dates',
    detail: 'Too new, expired or expiring soon.',
  },
  diagnose: {
    href: paths.diagnose.href(),
    label: 'Find out exactly what to submit',
    detail: 'A few questions lead to your own checklist: which document, which side or page.',
  },
  'name-match': {
    href: paths.nameMatch.href(),
    label: 'Compare the two names',
    detail: 'Shows every difference between the registrant name and the certificate.',
  },
};

/** Links to the portal tools that help avoid this reason before resubmitting. */
export function ReasonTools({ tools }: { tools: Tool[] }) {
  if (tools.length === 0) return null;
  return (
    <section
      aria-labelledby="tools-heading"
      className="mt-8 rounded-lg bg-blue-50 p-4 dark:bg-blue-950/40"
    >
      <h2 id="tools-heading" className="text-xl font-bold">
        Tools that can help
      </h2>
      <ul className="mt-3 space-y-2">
        {tools.map((tool) => (
          <li key={tool}>
            <Link
              to={toolLinks[tool].href}
              className="block min-h-11 rounded-md bg-white p-3 shadow-sm hover:bg-blue-100 dark:bg-slate-900 dark:hover:bg-slate-800"
            >
              <span className="block font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
                {toolLinks[tool].label}
              </span>
              <span className="block text-slate-700 dark:text-slate-300">
                {toolLinks[tool].detail}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
