import { PageMeta } from '../../components/page-meta';
import { ImageChecker } from '../../features/image-check/components/image-checker';

export function Component() {
  return (
    <>
      <PageMeta
        title="Check your certificate photo"
        description="Check the photo or scan of your certificate before you upload it: format, size, colour, sharpness and more. The file never leaves your device."
      />
      <h1 className="text-3xl font-bold tracking-tight">Check your certificate photo</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        Before you upload, check the picture of your certificate for the problems that get it
        refused: the wrong format or size, black and white, blur, glare, mirroring and more.
      </p>
      <p className="mt-4 mb-6 rounded-lg border-l-4 border-green-700 bg-green-50 p-4 text-lg dark:bg-green-950/40">
        <strong>Your file stays on this device.</strong> It is checked inside your browser and is
        never uploaded or sent anywhere.
      </p>
      <ImageChecker />
    </>
  );
}
