// Real phone and scanner files from e2e/real-photos (see its README): their EXIF is healthy, so
// none may be called damaged, and what a camera wrote must be read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEdited, checkMirror } from './exif-rules';
import { readMetadata } from './read-metadata';

const folder = fileURLToPath(new URL('../../../../e2e/real-photos/', import.meta.url));
const manifest = join(folder, 'manifest.json');

interface Photo {
  file: string;
  exifMake: string | null;
  exifModel?: string | null;
}
const photos: Photo[] = (
  JSON.parse(readFileSync(manifest, 'utf8')) as { photos: Photo[] }
).photos.filter((p) => p.exifMake);

describe('EXIF of real camera files', () => {
  it.each(photos.map((p) => [p.file, p] as const))(
    '%s is read, not called damaged',
    async (_, p) => {
      const metadata = await readMetadata(new Uint8Array(readFileSync(join(folder, p.file))));
      expect(metadata).not.toBeNull();
      expect(metadata!.damaged).toBeUndefined();
      if (p.exifModel) expect(metadata!.camera).toContain(p.exifModel);
      expect(checkMirror(metadata!).message.code).not.toBe('mirror-damaged');
      expect(checkEdited(metadata!).message.code).not.toBe('edited-damaged');
    },
  );
});
