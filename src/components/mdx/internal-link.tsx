import { Link } from 'react-router';
import { useLocalizedHref } from '../../i18n/locale-context';

/** A link inside the portal, from content: through the router, to the page in the reader's language. */
export function InternalLink({ to, ...props }: { to: string } & React.ComponentProps<'a'>) {
  return <Link to={useLocalizedHref()(to)} {...props} />;
}
