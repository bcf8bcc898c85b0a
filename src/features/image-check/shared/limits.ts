// Every number the checker relies on, with where it comes from.

/** Upload rule: "The size of the image must be 55 KB to 5 MB." Read with 1 KB = 1000 bytes… */
export const SIZE_MIN_DECIMAL = 55_000;
/** …and with 1 KB = 1024 bytes (55 × 1024). Only sizes both readings accept pass. */
export const SIZE_MIN_BINARY = 56_320;
/** 5 MB read as 5 × 1000 × 1000 bytes: the stricter upper reading. */
export const SIZE_MAX_DECIMAL = 5_000_000;
/** 5 MB read as 5 × 1024 × 1024 bytes. */
export const SIZE_MAX_BINARY = 5_242_880;

/** Bytes read from the start of a file to sniff its type and find its dimensions. */
export const HEAD_BYTES = 256 * 1024;
/** A JPEG whose dimensions are not in the head (huge metadata first) gets a second, longer look. */
export const JPEG_HEADER_SEARCH_BYTES = 4 * 1024 * 1024;
/** Files up to this size are read whole to find truncation; beyond it only decoding is tried. */
export const MAX_STRUCTURE_BYTES = 64 * 1024 * 1024;
/** Above this size we do not decode at all: the upload limit is 5 MB, so such a file fails anyway. */
export const MAX_DECODE_BYTES = 64 * 1024 * 1024;

/**
 * Largest image we decode at full size (width × height): PNG, WebP, BMP and HEIC decoders cannot
 * scale while decoding, and decoding 50 MP already takes about 200 MB; beyond that a phone's tab
 * may be killed. JPEG can be decoded scaled (below).
 */
export const PIXEL_CAP = 50_000_000;
/**
 * Largest JPEG we decode, scaled while decoding (WebCodecs ImageDecoder: the JPEG decoder's 1/8…8/8
 * DCT scaling, so the full-size picture is never in memory; a 108 MP photo decodes at 1/4 in
 * ~25 MB). Where the browser has no ImageDecoder, JPEGs too stop at PIXEL_CAP.
 */
export const JPEG_SCALED_PIXEL_CAP = 200_000_000;

/** Pixel checks run on a copy scaled so its longer side is at most this: a normal reading size. */
export const ANALYSIS_LONG_SIDE = 1280;
/**
 * Sharpness is measured on a copy whose longer side is at least this (or the whole picture, if
 * smaller): on a phone photo of a whole A4 licence, small print is ~45 px high at full size and
 * ~15 px at ANALYSIS_LONG_SIDE, where its strokes merge; at 2048 px they are still apart.
 */
export const DETAIL_LONG_SIDE = 2048;
/**
 * …and at most this: a JPEG decoded at M/8 of its size comes out between DETAIL_LONG_SIDE and an
 * eighth more; a bigger copy is scaled down to this.
 */
export const DETAIL_MAX_LONG_SIDE = 2560;

/**
 * Inside the document's outline, colour and light are judged this share of the way in from the
 * outline toward its centre: the outline, found at 256 px, can be a few pixels off, and the desk
 * just outside it must not count.
 */
export const REGION_INSET = 0.04;

/** Below these, text on a certificate is rarely legible (an ID card needs ~800 px across). */
export const DIMENSION_WARN_LONG_SIDE = 800;
export const DIMENSION_WARN_SHORT_SIDE = 500;
/** Below these the file cannot show a certificate at all (e.g. 1×1 tracking pixels, icons). */
export const DIMENSION_FAIL_LONG_SIDE = 200;
export const DIMENSION_FAIL_SHORT_SIDE = 100;
/**
 * Above these no camera took the picture: the largest phone sensors give 200 MP (16,320 × 12,240,
 * Samsung Galaxy S23 Ultra, 2023). A bigger picture is a decompression bomb or a stitched or
 * upscaled file, which the reviewers' viewers may not open either.
 */
export const DIMENSION_MAX_MEGAPIXELS = 200;
export const DIMENSION_MAX_LONG_SIDE = 16_384;
/** Colour is judged on blocks of this side too (pixels averaged: sensor noise cancels out). */
export const COLOUR_BLOCK = 8;
/**
 * A pixel is coloured when a channel strays this far (0–255) from the grey of the paper's tint at
 * the same brightness. About the old "channels spread 40" rule on white paper (a red seal strays
 * 100+, a blue header band 60+), but measured from the paper's tint, so a yellowed copy is grey.
 */
export const COLOUR_MIN_DEVIATION = 28;
/** In dark pixels the deviation needed is this share of the brightest channel… */
export const COLOUR_DARK_DEVIATION_SHARE = 0.25;
/** …but never below this, which is above a phone sensor's colour noise (±3–6 after JPEG). */
export const COLOUR_MIN_DARK_DEVIATION = 10;
/**
 * An averaged block is coloured from this deviation: a wooden desk (strays 20–45), a hand (25+),
 * while the paper of a black-and-white copy photographed under mixed light strays under 10.
 */
export const COLOUR_MIN_BLOCK_DEVIATION = 14;
/** A main tint this far from neutral grey (in r, g chromaticity) is a colour, not paper. */
export const COLOUR_MAX_PAPER_TINT = 0.08;
/**
 * A grey file: at least COLOUR_GREY_FILE_SHARE of its pixels stray no more than this from the
 * paper's tint. A greyscale JPEG decodes to exactly R = G = B (0); JPEG rounding in a colour file
 * saved from grey stays within 2. A colour sensor's noise and lens fringes at every text edge put
 * far more than 0.5 % of a photo's pixels above 3.
 */
export const COLOUR_GREY_MAX_DEVIATION = 3;
export const COLOUR_GREY_FILE_SHARE = 0.995;
/** Below this share of coloured pixels the copy is black and white (a red seal alone is ~0.5%). */
export const COLOUR_FAIL_BELOW = 0.0005;
/** Below this share there is so little colour that a person should double-check. */
export const COLOUR_WARN_BELOW = 0.002;

/** Sharpness looks for text in tiles of this side (detail copy pixels). */
export const SHARPNESS_TILE = 32;
/**
 * Text tiles: gradient energy at least this share of the busiest tiles' (95th percentile). Picks
 * the printed part of a document, not the plain paper or a smooth desk around it.
 */
export const SHARPNESS_TEXT_TILE_SHARE = 0.5;
/** An edge centre needs a slope of at least this (luma over 2 px): weaker is noise or paper grain. */
export const SHARPNESS_EDGE_MIN_SLOPE = 8;
/** …and a contrast, end to end, of at least this (0–255): fainter edges are noise, not print. */
export const SHARPNESS_EDGE_MIN_CONTRAST = 24;
/** An edge is followed this far each way (detail pixels): blur wider than ~2 × this is "very". */
export const SHARPNESS_MAX_WALK = 24;
/** Edges weaker than this share of the strongest tenth's contrast are paper grain, not print. */
export const SHARPNESS_PRINT_CONTRAST_SHARE = 0.4;
/** Fewer measured edges than this in one direction and that direction is not judged. */
export const SHARPNESS_MIN_DIRECTION_EDGES = 60;
/** Fewer measured edges than this and sharpness cannot be judged (a blank page). */
export const SHARPNESS_MIN_EDGES = 150;
/**
 * Edge width (10–90 %) in the detail copy's pixels, in the worse direction. A sharp photo's text
 * edges span 1–2.5 px (lens, demosaicing, JPEG). A Gaussian blur of σ widens them to ~2.6σ: the
 * synthetic documents in pixel-measures.test.ts blurred with σ = 1.5 still pass, σ = 2 warns and
 * σ = 3 fails, as do 8 px of hand shake (motion blur) and a 3 px defocus disk.
 */
export const SHARPNESS_WARN_WIDTH = 3.6;
export const SHARPNESS_FAIL_WIDTH = 5.6;

/** Luminance at or above which a pixel is blown out (no detail left). */
export const GLARE_LUMA = 248;
/** Side of the squares the picture is cut into to judge light and find blown-out patches. */
export const GLARE_BLOCK = 16;
/** A square is blown out when this share of its pixels is: featureless white, nothing printed. */
export const GLARE_BLOCK_SHARE = 0.97;
/**
 * Blown-out squares are glare when the rest of the paper (the 75th percentile of the other
 * squares' pixels) is at most this bright: lit, with headroom, so the white is a patch brighter
 * than the paper. A scan's paper sits at 245–255 everywhere, blown out or not.
 */
export const EXPOSURE_LIT_MAX_LUMA = 240;
/**
 * Lit paper, for outlining glare patches on the photo (picture-marks.ts): a square whose every
 * pixel is at least this bright, nothing printed in it (print is darker than ~100; the greyish
 * card of a photo on a table is ~160–190)…
 */
export const EXPOSURE_PAPER_MIN_LUMA = 140;
/** …and a patch is outlined when at least this share of the squares around it is lit paper. */
export const EXPOSURE_ROLL_OFF_SHARE = 0.5;
/**
 * Print, for judging washed-out pictures: a square has print in it when its 5th percentile of luma
 * is this much below its mean…
 */
export const EXPOSURE_PRINT_CONTRAST = 30;
/** …and the print's level is known when at least this many squares have some. */
export const EXPOSURE_MIN_PRINT_BLOCKS = 20;
/**
 * Washed out: this share of the document is featureless white and its print is paler than
 * EXPOSURE_PALE_PRINT_LUMA. On the real-photo set (e2e/real-photos): good photos have no blown
 * squares; clean scans have blown paper but black print (print level 6–54); photos overexposed
 * 2.2 times have both (print 58–250), except pages whose print stays black, like a clean scan.
 */
export const WASHED_OUT_BLOWN_AREA = 0.15;
export const EXPOSURE_PALE_PRINT_LUMA = 70;
/** Glare warns when it covers this share of the document (or the picture)… */
export const GLARE_WARN_AREA = 0.01;
/** …and the picture is washed out when it covers this much. */
export const WASHED_OUT_AREA = 0.25;
/**
 * Underexposed: even the paper (the brightest tenth of the document) is darker than this. White
 * paper in a normal phone photo is 170–240; at 110 text has lost half its contrast to noise.
 */
export const DARK_PAPER_LUMA = 110;
/** A part of a photo this dark on average (0–255) is hard to read (where the picture marks it). */
export const DARK_MEAN_LUMA = 70;

/** A pixel is seal red when red dominates both green and blue by these margins. */
export const SEAL_MIN_RED = 120;
export const SEAL_RED_OVER_GREEN = 60;
export const SEAL_RED_OVER_BLUE = 45;
/** Share of seal-red pixels that counts as a seal being present (a small seal is ~0.2%). */
export const SEAL_MIN_SHARE = 0.0005;

/** Conversion: JPEG qualities tried in turn, best first, before the picture is scaled down. */
export const CONVERT_QUALITIES = [0.92, 0.85, 0.75, 0.65] as const;
/** Each scaling step keeps this share of the width and height. */
export const CONVERT_SCALE_STEP = 0.8;
/** No conversion scales a picture below this longer side: it would stop being legible. */
export const CONVERT_MIN_LONG_SIDE = 1000;

/**
 * `complete`: the certificate's outline is looked for on a copy this size (longer side). A page's
 * edges are long enough to survive; text melts into grey, so it cannot pass for an edge.
 */
export const OUTLINE_LONG_SIDE = 256;
/** Weakest colour step (0–255, luma and colour together) that can be part of an edge. */
export const OUTLINE_MIN_EDGE = 6;
/** The outline's sides must differ this much inside and out (paper against the table)… */
export const OUTLINE_MIN_CONTRAST = 12;
/** …and count in full from this difference on (a white page on a mid-grey or wooden table). */
export const OUTLINE_GOOD_CONTRAST = 40;
/** Share of a side, between its corners, that must be seen as edge (fingers, glare, shadows cover the rest). */
export const OUTLINE_MIN_COVERAGE = 0.4;
/** The certificate covers at least this share of the picture: anything smaller is a detail on it. */
export const OUTLINE_MIN_AREA = 0.08;
/**
 * What a side left to the picture's border is worth, next to a side seen in full (1): it is only
 * inferred, from paper showing right up to the border.
 */
export const OUTLINE_MISSING_SIDE = 0.6;
/** How well (0–1) the outline must explain the picture before we say anything about it. */
export const OUTLINE_MIN_SCORE = 0.6;
/** A stretch of the picture's border inside the outline shorter than this share of the side is a corner a hair outside, not a cut. */
export const OUTLINE_MIN_CUT = 0.03;
/**
 * …and not where the table shows in this share of the picture's outermost 2 pixels along that
 * stretch: there the sheet stops a hair inside the border (or a corner was misjudged).
 */
export const OUTLINE_BORDER_TABLE = 0.5;
/**
 * Print reaching a cut border (find-outline.ts printReachesBorder): looked for in a band this deep
 * (a share of the picture's side)…
 */
export const OUTLINE_PRINT_BAND = 0.015;
/** …as pixels at least this much darker than the band's paper… */
export const OUTLINE_PRINT_CONTRAST = 60;
/** …covering at least this share of the band: sparse handwriting cut by the frame covers ~0.5 %, a line of print 1–8 %; a scanner bed’s sliver, discounted, ~0.05 %. */
export const OUTLINE_PRINT_SHARE = 0.002;

/**
 * Reading the certificate (certificate-text.ts). Measured on the rendered specimens and real photos
 * of `npm run eval:ocr` (docs/decisions/004-ocr-engine.md): an upright certificate reads at
 * 0.95–1.00, a mirrored one at 0.45–0.65, and reads at 0.95–1.00 once flipped back.
 */
/** An upright reading this clear (with a number whose check character agrees) needs no flipped one. */
export const READING_UPRIGHT_SURE = 0.9;
/** A reading is legible with at least this many characters in lines of two or more… */
export const READING_MIN_CHARACTERS = 8;
/** …read with at least this mean confidence: below it we say nothing about mirroring. */
export const MIRROR_MIN_LEGIBILITY = 0.8;
/** Mirrored: the flipped picture reads at least this much better than the upright one. */
export const MIRROR_MIN_GAIN = 0.2;
/** A read name or number is compared only when read at least this sure (else: “compare by eye”). */
export const READING_FIELD_SURE = 0.85;
/** The picture the recogniser reads: longer side at most this many pixels (the detail copy). */
export const READING_LONG_SIDE = 2048;
