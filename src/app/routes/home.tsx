import { useState } from 'react';
import { Link } from 'react-router';
import { PageMeta } from '../../components/page-meta';
import { paths } from '../../config/paths';
import { LookupPanel } from '../../features/lookup/components/lookup-panel';
import { ReasonsByCategory } from '../../features/reasons/components/reasons-by-category';

export function Component() {
  const [text, setText] = useState('');
  return (
    <>
      <PageMeta
        title="Real-name verification help"
        description="Your domain's real-name verification was rejected? Paste the message you received and see exactly what went wrong and how to fix it."
      />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
        Real-name verification rejected? Find out why, and fix it.
      </h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        Paste the rejection message from your email or console. You will see what it means and
        exactly what to do before you submit again.
      </p>
      <LookupPanel
        text={text}
        onTextChange={setText}
        fallback={
          <>
            <section
              aria-labelledby="check-heading"
              className="mb-10 rounded-lg bg-blue-50 p-5 dark:bg-blue-950/40"
            >
              <h2 id="check-heading" className="text-xl font-bold">
                About to upload a photo of your certificate?
              </h2>
              <p className="mt-2 text-lg">
                Check its format, size, colour and sharpness first. The photo stays on your device.
              </p>
              <Link
                to={paths.check.href()}
                className="mt-3 flex min-h-12 items-center justify-center rounded-lg bg-blue-700 px-5 text-lg font-semibold text-white hover:bg-blue-800 sm:inline-flex"
              >
                Check my photo
              </Link>
            </section>
            <h2 className="mb-4 text-2xl font-bold">All rejection reasons</h2>
            <ReasonsByCategory headingLevel={3} />
          </>
        }
      />
    </>
  );
}
