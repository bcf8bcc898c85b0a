import type { MDXComponents } from 'mdx/types';
import { CheckImageLink } from './action-links';
import { Callout } from './callout';
import { InternalLink } from './internal-link';
import { Steps } from './steps';

/** Components available to every file in content/reasons without an import. */
export const mdxComponents: MDXComponents = {
  Callout,
  Steps,
  CheckImageLink,
  // Links inside the portal go through the router, so they respect the base path and stay fast,
  // and lead to the page in the reader's language.
  a: ({ href = '', ...props }) =>
    href.startsWith('/') ? <InternalLink to={href} {...props} /> : <a href={href} {...props} />,
};
