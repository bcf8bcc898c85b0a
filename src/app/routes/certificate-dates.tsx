import { PageMeta } from '../../components/page-meta';
import { CertificateDatesTool } from '../../features/tools/certificate-dates/components/certificate-dates-tool';

export function Component() {
  return (
    <>
      <PageMeta
        title="Check your certificate dates"
        description="Is your certificate too new, expired or about to expire? Check its issue and expiry dates before you submit it for real-name verification."
      />
      <h1 className="text-3xl font-bold tracking-tight">Check your certificate dates</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        A certificate must have been valid for at least 10 calendar days, and must not have expired.
        Enter the dates printed on it. They stay on your device.
      </p>
      <CertificateDatesTool />
    </>
  );
}
