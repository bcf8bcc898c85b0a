// Reads EXIF and XMP with exifr. Given a Blob, exifr reads only the chunks it needs, not the file.
import exifr from 'exifr';
import { normalizeMetadata, type ImageMetadata } from './exif-rules';

/** Only the IFDs and XMP the checks use: no GPS, thumbnails, maker notes or ICC profiles. */
const options = {
  tiff: true,
  exif: true,
  xmp: true,
  ifd1: false,
  gps: false,
  interop: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  makerNote: false,
  userComment: false,
  translateValues: false,
  mergeOutput: false,
  // A 200 MB file must never be read whole: metadata sits in the first few hundred KB.
  chunkLimit: 8,
};

export async function readMetadata(input: Blob | Uint8Array): Promise<ImageMetadata | null> {
  const raw: unknown = await exifr.parse(input, options);
  return raw ? normalizeMetadata(raw) : null;
}
