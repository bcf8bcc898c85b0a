// The worker and the pure pipeline return message codes, never sentences: they must not reach the
// interface strings (../i18n), which would ship both languages' text into the worker's bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const feature = fileURLToPath(new URL('..', import.meta.url));
const closed = ['shared', 'worker'].map((dir) => join(feature, dir));
/**
 * The tools' pure rules, which the reading compares with (the same explanations as the tools):
 * plain TypeScript modules, never their components or text.
 */
const toolRules = fileURLToPath(new URL('../../tools/', import.meta.url));
const isToolRule = (target: string) =>
  target.startsWith(toolRules) && !/[\\/](i18n|components)[\\/]|\.tsx$/.test(target);

/** The modules the worker may bundle: shared/ and worker/, without tests, test helpers and benchmarks. */
const modules = closed.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.ts$/.test(name) && !/\.(test|test-helpers|bench)\.ts$/.test(name))
    .map((name) => join(dir, name)),
);

const importsOf = (source: string) =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );

describe('the worker’s code', () => {
  it.each(modules.map((file) => [relative(feature, file), file]))(
    '%s imports nothing outside shared/ and worker/ but packages',
    (_, file) => {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) {
          // Packages: the decoders, exifr and the text reader, never React or the page's modules.
          expect(specifier, `${file} imports ${specifier}`).toMatch(
            /^(exifr|libheif-js|onnxruntime-web|paddleocr|virtual:ocr-assets)(\/|$)/,
          );
          continue;
        }
        const target = resolve(dirname(file), specifier);
        expect(
          closed.some((dir) => target.startsWith(join(dir, '/'))) || isToolRule(target),
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    },
  );
});
