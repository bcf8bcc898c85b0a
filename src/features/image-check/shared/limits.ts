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
 * Largest image we decode (width × height). Phones' biggest full-resolution modes are 48–50 MP;
 * decoding one takes about 200 MB, and beyond that a phone's tab may be killed.
 */
export const PIXEL_CAP = 50_000_000;

/** Pixel checks run on a copy scaled so its longer side is at most this: a normal reading size. */
export const ANALYSIS_LONG_SIDE = 1280;

/** Below these, text on a certificate is rarely legible (an ID card needs ~800 px across). */
export const DIMENSION_WARN_LONG_SIDE = 800;
export const DIMENSION_WARN_SHORT_SIDE = 500;
/** Below these the file cannot show a certificate at all (e.g. 1×1 tracking pixels, icons). */
export const DIMENSION_FAIL_LONG_SIDE = 200;
export const DIMENSION_FAIL_SHORT_SIDE = 100;

/** A pixel is "coloured" when its channels spread at least this much (0–255)… */
export const COLOUR_MIN_CHROMA = 40;
/** In dark pixels the spread needed is this share of the brightest channel… */
export const COLOUR_DARK_CHROMA_SHARE = 0.35;
/** …but never below this, which is above sensor noise. */
export const COLOUR_MIN_DARK_CHROMA = 12;
/** A main tint this far from neutral grey (in r, g chromaticity) is a colour, not paper. */
export const COLOUR_MAX_PAPER_TINT = 0.08;
/** …and its hue differs from the picture's overall tint (a sepia copy is still monochrome). */
export const COLOUR_MIN_TINT_DISTANCE = 0.06;
/** Below this share of coloured pixels the copy is black and white (a red seal alone is ~0.5%). */
export const COLOUR_FAIL_BELOW = 0.0005;
/** Below this share there is so little colour that a person should double-check. */
export const COLOUR_WARN_BELOW = 0.002;

/** Edges fainter than this (0–255 luminance) are ignored when measuring sharpness: noise, not text. */
export const SHARPNESS_MIN_EDGE_CONTRAST = 48;
/** Fewer measured edges than this and sharpness cannot be judged (a blank page). */
export const SHARPNESS_MIN_EDGES = 150;
/**
 * Edge steepness = slope across an edge ÷ the edge's contrast. A crisp edge spans ~1–2 px (≈0.5);
 * a blurred one spreads over many. Calibrated on synthetic documents blurred with σ = 2 (warn)
 * and σ = 3 (fail) at the analysis size (σ = 1.5 stays a pass); see pixel-measures.test.ts.
 */
export const SHARPNESS_WARN_BELOW = 0.28;
export const SHARPNESS_FAIL_BELOW = 0.2;

/** Luminance at or above which a pixel is blown out (no detail left). */
export const GLARE_LUMA = 248;
/** Side of the squares the picture is cut into to find blown-out patches. */
export const GLARE_BLOCK = 16;
/** A square is blown out when this share of its pixels is. */
export const GLARE_BLOCK_SHARE = 0.8;
/** Glare warns when blown-out squares cover this share of the picture… */
export const GLARE_WARN_AREA = 0.01;
/** …unless most of the picture is clean white paper (a scan), where white is expected. */
export const SCAN_WHITE_SHARE = 0.5;
/** A photo this dark on average (0–255) is hard to read. */
export const DARK_MEAN_LUMA = 70;
/** Even its brightest parts (99th percentile) stay this dark: underexposed. */
export const DARK_P99_LUMA = 130;

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
