const SITE = 'Real-name verification help';

/** Sets the document title and description; React 19 hoists these into <head>. */
export function PageMeta({ title, description }: { title: string; description: string }) {
  return (
    <>
      <title>{title === SITE ? SITE : `${title} · ${SITE}`}</title>
      <meta name="description" content={description} />
    </>
  );
}
