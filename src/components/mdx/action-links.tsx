import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useCommonStrings } from '../../i18n/common';
import { useLocalizedHref } from '../../i18n/locale-context';

const button =
  'my-4 flex min-h-12 w-full items-center justify-center rounded-lg bg-blue-700 px-5 text-center text-lg font-semibold !text-white !no-underline hover:bg-blue-800 sm:w-auto sm:inline-flex';

/** A big link to the in-browser photo checker, for reasons about the certificate image. */
export function CheckImageLink({ children }: { children?: React.ReactNode }) {
  const t = useCommonStrings();
  const href = useLocalizedHref();
  return (
    <Link to={href(paths.check.href())} className={button}>
      {children ?? t.checkImageLink}
    </Link>
  );
}
