// Reads EXIF and XMP with exifr. Given a Blob, exifr reads only the chunks it needs, not the file.
import exifr from 'exifr';
import { normalizeMetadata, type ImageMetadata } from './exif-rules';

/**
 * Only the tags the checks use are read (`pick`): exifr stops reading an IFD at the first entry
 * it cannot parse, and phones fill theirs with vendor tags of unknown types, MakerNotes with their
 * own offsets and thumbnails that overrun the segment. Reading only our tags keeps a healthy
 * phone photo from looking damaged, and an error left over really concerns what we read.
 */
const options = {
  ifd0: {
    // Make, Model, Orientation, Software, ProcessingSoftware (the Exif IFD pointer is added).
    pick: [0x010f, 0x0110, 0x0112, 0x0131, 0x000b],
  },
  exif: {
    // Tags cameras and editors write in every Exif IFD (ExposureTime, FNumber, ISO,
    // ExifVersion, DateTimeOriginal and -Digitized, FlashpixVersion, ColorSpace, pixel width
    // and height): an Exif IFD none of which can be read is unreadable. Then LensMake, LensModel.
    pick: [
      0x829a, 0x829d, 0x8827, 0x9000, 0x9003, 0x9004, 0xa000, 0xa001, 0xa002, 0xa003, 0xa433,
      0xa434,
    ],
  },
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
  // Keep the Exif IFD pointer in the output, to tell an unreadable Exif IFD from a missing one.
  sanitize: false,
  // A 200 MB file must never be read whole: metadata sits in the first few hundred KB.
  chunkLimit: 8,
};

export async function readMetadata(input: Blob | Uint8Array): Promise<ImageMetadata | null> {
  const raw: unknown = await exifr.parse(input, options);
  return raw ? normalizeMetadata(raw) : null;
}
