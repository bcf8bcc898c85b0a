import type { MDXComponents } from 'mdx/types';
import { Link } from 'react-router';
import { CheckImageLink } from './action-links';
import { Callout } from './callout';
import { Steps } from './steps';

/** Components available to every file in content/reasons without an import. */
export const mdxComponents: MDXComponents = {
  Callout,
  Steps,
  CheckImageLink,
  // Links inside the portal go through the router, so they respect the base path and stay fast.
  a: ({ href = '', ...props }) =>
    href.startsWith('/') ? <Link to={href} {...props} /> : <a href={href} {...props} />,
};
