// Checks that read EXIF/XMP: mirrored pictures and image editors.
import { join } from 'node:path';
import { check, checkFile } from './fixtures/check-page';
import { fixture, imageFixtures } from './fixtures/image-fixtures';
import { expect, test } from './test';

let dir: string;
test.beforeAll(() => {
  dir = imageFixtures();
});
test.beforeEach(async ({ page }) => {
  await page.goto('/check');
});

test('mirror: EXIF orientation 2 fails, a plain rotation (6) passes', async ({ page }) => {
  await checkFile(page, fixture(dir, 'mirrored.jpg'));
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'mirror')).toContainText('mirrored');
  await checkFile(page, fixture(dir, 'rotated.jpg'));
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'pass');
});

test('mirror: a front-camera photo warns', async ({ page }) => {
  await checkFile(page, fixture(dir, 'selfie.jpg'));
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'mirror')).toContainText('front (selfie) camera');
});

test('edited: Photoshop in EXIF and GIMP in XMP warn', async ({ page }) => {
  await checkFile(page, fixture(dir, 'photoshop.jpg'));
  await expect(check(page, 'edited')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'edited')).toContainText('Adobe Photoshop');
  await checkFile(page, fixture(dir, 'gimp.jpg'));
  await expect(check(page, 'edited')).toHaveAttribute('data-status', 'warn');
  await expect(check(page, 'edited')).toContainText('GIMP');
  await checkFile(page, fixture(dir, 'good.jpg'));
  await expect(check(page, 'edited')).toHaveAttribute('data-status', 'pass');
});

// A real photo from a 2017 Android phone (Nexus 5X): MakerNote, thumbnail, and an empty XMP packet
// exifr throws on. Its metadata is healthy, so nothing may be called damaged.
const nexus5x = join(import.meta.dirname, 'real-photos/originals/handwriting-test4.jpg');
test('a real 2017 Android phone photo is read, not called damaged', async ({ page }) => {
  await checkFile(page, nexus5x);
  await expect(check(page, 'mirror')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'edited')).toHaveAttribute('data-status', 'pass');
  await expect(check(page, 'mirror')).not.toContainText('damaged');
});
