// What each check found, as a code and the values its sentence needs. Pure code (which also runs
// in the worker) never words a sentence: the page turns a message into one in its own language
// with the strings in ../i18n (`messages[code](message, format)`), so the worker ships no text.
import type { DocumentKind } from './document-kind';
import type { FrameSide } from './find-outline';
import type { AcceptedFormat, SniffedFormat } from './sniff-format';

/** The skips shared by the three checks that look at the pixels. */
type PixelSkip =
  /** The picture is far too small to judge. */
  | { code: 'pixels-too-small' }
  /** The picture could not be decoded (or was not tried). */
  | { code: 'pixels-not-decoded' };

/** The skips shared by the three checks that compare the reading with what the person entered. */
type ReadingSkip =
  /** The person has not asked for the reading (yet). */
  | { code: 'reading-not-asked' }
  /** Too little text was read, or not clearly enough, to compare anything. */
  | { code: 'reading-illegible' };

/** The messages each check may carry: a check's result can only hold its own. */
export interface MessagesByCheck {
  format:
    | { code: 'format-accepted'; format: AcceptedFormat }
    | { code: 'format-empty' }
    | { code: 'format-refused'; format: Exclude<SniffedFormat, AcceptedFormat | 'empty'> };
  extension:
    /** `extension` is the name's ending, lower case, without the dot. */
    | { code: 'extension-matches'; extension: string }
    /** An accepted picture with the wrong ending; `extension` is '' when the name has none. */
    | { code: 'extension-wrong'; extension: string; format: AcceptedFormat }
    /** Something that is not an accepted picture, named like one (a PDF called scan.jpg). */
    | { code: 'extension-disguised'; extension: string; format: SniffedFormat }
    | { code: 'extension-not-applicable' };
  size:
    | { code: 'size-too-small'; bytes: number }
    | { code: 'size-low-band'; bytes: number }
    | { code: 'size-ok'; bytes: number }
    | { code: 'size-high-band'; bytes: number }
    | { code: 'size-too-big'; bytes: number };
  decode:
    | { code: 'decode-ok' }
    | { code: 'decode-not-picture' }
    | { code: 'decode-file-too-big'; bytes: number }
    | { code: 'decode-too-many-pixels'; width: number; height: number; megapixels: number }
    | { code: 'decode-truncated' }
    | { code: 'decode-corrupt' }
    | { code: 'decode-failed' };
  dimensions:
    | { code: 'dimensions-unknown' }
    | { code: 'dimensions-too-small'; width: number; height: number }
    | { code: 'dimensions-small'; width: number; height: number }
    | { code: 'dimensions-ok'; width: number; height: number }
    /** More pixels than any camera takes (a decompression bomb, a stitched or upscaled file). */
    | { code: 'dimensions-too-large'; width: number; height: number; megapixels: number }
    /** Big enough, but the certificate's text in it is too small to read. */
    | { code: 'dimensions-text-small'; width: number; height: number };
  color:
    | PixelSkip
    | { code: 'color-gray' }
    | { code: 'color-faint' }
    /** A colour photo, but no colour in the document: original or black-and-white copy, unknown. */
    | { code: 'color-unsure' }
    | { code: 'color-ok' };
  sharpness:
    | PixelSkip
    | { code: 'sharpness-no-detail' }
    | { code: 'sharpness-blurred' }
    | { code: 'sharpness-soft' }
    | { code: 'sharpness-ok' };
  exposure:
    | PixelSkip
    | { code: 'exposure-dark' }
    | { code: 'exposure-glare' }
    /** Glare or overexposure over a large part (WASHED_OUT_AREA) of the document. */
    | { code: 'exposure-washed-out' }
    | { code: 'exposure-ok' };
  mirror:
    | { code: 'metadata-not-picture' }
    | { code: 'mirror-flagged' }
    | { code: 'mirror-front-camera' }
    | { code: 'mirror-damaged' }
    | { code: 'mirror-ok' }
    /** The reading: the text reads clearly only after flipping the picture left to right. */
    | { code: 'mirror-text' }
    /** The reading: the text reads clearly the right way round. */
    | { code: 'mirror-text-ok' };
  edited:
    | { code: 'metadata-not-picture' }
    /** `software` is what the file names, trimmed and cut to 60 characters. */
    | { code: 'edited-editor'; software: string }
    | { code: 'edited-photoshop' }
    | { code: 'edited-damaged' }
    | { code: 'edited-ok' };
  seal:
    | { code: 'seal-not-applicable' }
    | { code: 'seal-not-decoded' }
    | { code: 'seal-missing' }
    | { code: 'seal-found' };
  complete:
    | PixelSkip
    /** All four edges of the certificate are in the picture. */
    | { code: 'complete-ok' }
    /** The certificate runs off these sides of the picture (in `frameSides` order, at least one). */
    | { code: 'complete-cut'; sides: FrameSide[] }
    /** Blank paper runs off these sides: the certificate's border there is not in the picture. */
    | { code: 'complete-edge-unseen'; sides: FrameSide[] }
    /** Paper right up to the picture's borders: a scan cropped to the page, or a photo too close. */
    | { code: 'complete-fills-frame' }
    /** No outline we can trust (the background is like the paper, or too busy). */
    | { code: 'complete-not-found' };
  'number-match':
    | ReadingSkip
    /** `read`: the number as read on the certificate. */
    | { code: 'number-not-entered'; read: string }
    | { code: 'number-unread' }
    /** Read, but not surely: its check character disagrees, or the recogniser was unsure. */
    | { code: 'number-unsure'; read: string }
    | { code: 'number-matches'; read: string }
    | { code: 'number-differs'; read: string; entered: string }
    /** The same number, with a duplicate's "(1-1)" entered after it. */
    | { code: 'number-suffix'; read: string; suffix: string };
  'name-match':
    | ReadingSkip
    | { code: 'name-not-entered'; read: string }
    | { code: 'name-unread' }
    | { code: 'name-unsure'; read: string }
    | { code: 'name-matches'; read: string }
    | { code: 'name-differs'; read: string; entered: string };
  'type-match':
    | ReadingSkip
    | { code: 'type-not-chosen'; read: DocumentKind }
    | { code: 'type-unread' }
    | { code: 'type-matches'; read: DocumentKind }
    | { code: 'type-differs'; read: DocumentKind; chosen: DocumentKind };
}

/** Any check's message. */
export type CheckMessage = MessagesByCheck[keyof MessagesByCheck];
export type MessageCode = CheckMessage['code'];
/** The message of one code, with its values. */
export type MessageOf<C extends MessageCode> = Extract<CheckMessage, { code: C }>;
