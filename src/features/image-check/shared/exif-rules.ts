// What a file's EXIF/XMP metadata says about mirroring and editing. The worker reads metadata with
// exifr; this module only interprets plain values, so it is tested without any file.
import { result, type CheckResult } from './checks';

/** The few metadata fields the checks use. */
export interface ImageMetadata {
  /** EXIF Orientation, 1–8. */
  orientation?: number;
  /** EXIF Software and XMP CreatorTool / history agents: programs that wrote the file. */
  software: string[];
  /** Camera and lens descriptions, where phones say "front camera". */
  camera: string[];
  /** XMP says the file passed through Photoshop (photoshop: namespace fields). */
  photoshopFields: boolean;
  /** Part of the metadata could not be read (e.g. EXIF offsets pointing past the end of the file). */
  damaged?: boolean;
}

export const emptyMetadata: ImageMetadata = { software: [], camera: [], photoshopFields: false };

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    // XMP values may come as { value, attributes } or lang alternatives.
    return Object.values(value as Record<string, unknown>).flatMap(strings);
  }
  return [];
};

/**
 * Turns exifr's output (`exifr.parse(file, { xmp: true, mergeOutput: false, ... })` or its merged
 * form) into ImageMetadata. Unknown shapes are ignored, never thrown on.
 */
export function normalizeMetadata(raw: unknown): ImageMetadata {
  if (!raw || typeof raw !== 'object') return emptyMetadata;
  const segments = raw as Record<string, unknown>;
  // Merged output holds tags at the top level; unmerged groups them by segment.
  const groups = [
    segments,
    ...Object.values(segments).filter((v) => v && typeof v === 'object' && !Array.isArray(v)),
  ] as Record<string, unknown>[];
  const pick = (...keys: string[]) => groups.flatMap((g) => keys.flatMap((k) => strings(g[k])));
  const orientationRaw = groups.map((g) => g.Orientation).find((v) => v !== undefined);
  const orientation =
    typeof orientationRaw === 'number' ? orientationRaw : orientationFromText(orientationRaw);
  // exifr (silentErrors) drops a block it cannot read and lists why in `errors`.
  const damaged =
    (Array.isArray(segments.errors) && segments.errors.some(isDamage)) ||
    exifIfdUnreadable(segments);
  const photoshopFields =
    'photoshop' in segments ||
    groups.some((g) =>
      Object.keys(g).some((k) =>
        /^(DocumentAncestors|ICCProfileName|ColorMode|TextLayers)$/.test(k),
      ),
    );
  return {
    ...(orientation ? { orientation } : {}),
    software: [
      ...new Set(
        pick(
          'Software',
          'CreatorTool',
          'softwareAgent',
          'ProcessingSoftware',
          'HistorySoftwareAgent',
        ),
      ),
    ],
    camera: [...new Set(pick('LensModel', 'LensMake', 'LensInfo', 'Lens', 'Model'))],
    photoshopFields,
    ...(damaged ? { damaged } : {}),
  };
}

/**
 * What exifr says when the bytes themselves are broken: a value or IFD outside the segment, a type
 * TIFF does not define in a tag we read, a segment it cannot reach, a read past the end of its
 * buffer (RangeError, worded differently by each engine).
 */
const damageError =
  /invalid tiff|malformed|outside|out of bounds|bounds|out of range|unreachable|couldn'?t read|invalid typed array length/i;
/**
 * Blocks and segments the checks never read. exifr is told to skip them, so an error naming one
 * (a MakerNote, the thumbnail in IFD1, GPS, an ICC profile) says nothing about what we read:
 * phones often write these with offsets of their own.
 */
const benignBlock = /\b(ifd1|thumbnail|gps|interop|makernote|icc|iptc|jfif|ihdr)\b/i;

/**
 * An error exifr listed that means the metadata we read is damaged. Anything else is exifr
 * tripping over something valid: a Nexus 5X (2017) writes an empty XMP packet, on which exifr
 * throws "Cannot convert undefined or null to object".
 */
function isDamage(error: unknown): boolean {
  const text =
    typeof error === 'string'
      ? error
      : error && typeof error === 'object' && 'message' in error
        ? String((error as { message: unknown }).message)
        : '';
  return damageError.test(text) && !benignBlock.test(text);
}

/**
 * IFD0 points to an Exif IFD, but none of the tags every camera writes there (ExifVersion, …)
 * could be read: the pointer leads past the end of the segment or into garbage. exifr drops such
 * a block without listing an error.
 */
function exifIfdUnreadable(segments: Record<string, unknown>): boolean {
  const ifd0 = segments.ifd0 as Record<string, unknown> | undefined;
  if (!ifd0 || typeof ifd0 !== 'object') return false;
  const pointer = ifd0.ExifIFD ?? ifd0.ExifIFDPointer ?? ifd0[0x8769];
  if (typeof pointer !== 'number') return false;
  const exif = segments.exif as Record<string, unknown> | undefined;
  return !exif || typeof exif !== 'object' || Object.keys(exif).length === 0;
}

// exifr translates Orientation to text unless told not to; accept both.
const orientationTexts: Record<string, number> = {
  'Horizontal (normal)': 1,
  'Mirror horizontal': 2,
  'Rotate 180': 3,
  'Mirror vertical': 4,
  'Mirror horizontal and rotate 270 CW': 5,
  'Rotate 90 CW': 6,
  'Mirror horizontal and rotate 90 CW': 7,
  'Rotate 270 CW': 8,
};
function orientationFromText(value: unknown): number | undefined {
  return typeof value === 'string' ? orientationTexts[value] : undefined;
}

/** EXIF orientations that flip the picture (2, 4, 5, 7); the others only rotate it. */
const mirroringOrientations = new Set([2, 4, 5, 7]);

/** Phones name their selfie camera in the lens model, e.g. "iPhone 12 front camera 2.87mm f/2.2". */
const frontCamera = /\b(front|selfie|facetime|user[- ]facing)\b/i;

export function checkMirror(metadata: ImageMetadata): CheckResult {
  if (metadata.orientation && mirroringOrientations.has(metadata.orientation)) {
    return result('mirror', 'fail', { code: 'mirror-flagged' });
  }
  if (metadata.camera.some((c) => frontCamera.test(c))) {
    return result('mirror', 'warn', { code: 'mirror-front-camera' });
  }
  if (metadata.damaged) return result('mirror', 'skip', { code: 'mirror-damaged' });
  return result('mirror', 'pass', { code: 'mirror-ok' });
}

/** Programs that edit pictures. Phones write their firmware version instead, which is fine. */
const imageEditors =
  /photoshop|gimp|lightroom|affinity|paint\.net|pixelmator|photopea|corel|paintshop|paint shop|krita|acdsee|snapseed|picsart|meitu|美图|canva|fotor|pixlr|luminar|capture one|faceapp|airbrush|美颜|醒图|photodirector/i;

export function checkEdited(metadata: ImageMetadata): CheckResult {
  const editor = metadata.software.find((s) => imageEditors.test(s));
  if (editor) {
    return result('edited', 'warn', {
      code: 'edited-editor',
      software: editor.trim().slice(0, 60),
    });
  }
  if (metadata.photoshopFields) return result('edited', 'warn', { code: 'edited-photoshop' });
  if (metadata.damaged) return result('edited', 'skip', { code: 'edited-damaged' });
  return result('edited', 'pass', { code: 'edited-ok' });
}
