import { PageMeta } from '../../components/page-meta';
import { CertificateNumberTool } from '../../features/tools/certificate-number/components/certificate-number-tool';

export function Component() {
  return (
    <>
      <PageMeta
        title="Check your certificate number"
        description="Find typos in a resident identity card number or Unified Social Credit Code before you submit it, such as the letter O instead of the digit 0."
      />
      <h1 className="text-3xl font-bold tracking-tight">Check your certificate number</h1>
      <p className="mt-3 mb-6 text-lg text-slate-700 dark:text-slate-300">
        Finds mistakes that get real-name verification rejected: a wrong length or check character,
        a letter O instead of the digit 0, a “(1-1)” suffix. The number is checked on your device
        and is not sent or stored.
      </p>
      <CertificateNumberTool />
    </>
  );
}
