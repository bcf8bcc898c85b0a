// The programs and files that test fixtures and benchmarks draw with, named once. Nothing may
// depend on what a machine happens to have: text is drawn with a font file named here, which
// scripts/ensure-test-tools.sh installs (Debian: fonts-wqy-zenhei, Latin and CJK glyphs alike).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** The font every fixture draws text with; set TEST_FONT_FILE to use another TrueType file. */
export const testFont =
  process.env.TEST_FONT_FILE ?? '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

/** The Debian package that provides the default test font. */
const FONT_PACKAGE = 'fonts-wqy-zenhei';

/** ImageMagick's version line, or undefined when `convert` is missing or not ImageMagick. */
export function imageMagickVersion() {
  try {
    const out = execFileSync('convert', ['-version'], { encoding: 'utf8', stdio: 'pipe' });
    return /^Version: (ImageMagick [^\n]+)/m.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * What is missing to draw the test images, as one sentence that says what to install; undefined
 * when everything is there.
 */
export function missingDrawingTools() {
  const missing = [];
  if (!imageMagickVersion()) missing.push('ImageMagick (Debian package: imagemagick)');
  if (!existsSync(testFont)) {
    missing.push(
      `the font ${testFont} (Debian package: ${FONT_PACKAGE}, or set TEST_FONT_FILE to a .ttf file)`,
    );
  }
  if (missing.length === 0) return undefined;
  return `The test images cannot be drawn: missing ${missing.join(' and ')}. Run "sh scripts/ensure-test-tools.sh" as root on Debian, or install it yourself.`;
}

/** What the fixtures are made with, for a cache key that cannot outlive it. */
export function drawingToolsFingerprint() {
  const font = existsSync(testFont) ? statSync(testFont) : undefined;
  return [imageMagickVersion(), testFont, font?.size, font?.mtimeMs].join('|');
}
