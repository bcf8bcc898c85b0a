// HEIC decoding with libheif compiled to WebAssembly. Loaded only when a HEIC file is chosen; the
// .wasm is a separate same-origin asset (fetched with GET), allowed by 'wasm-unsafe-eval'.
import factory, { type Libheif } from 'libheif-js/libheif-wasm/libheif.js';
import wasmUrl from 'libheif-js/libheif-wasm/libheif.wasm?url';
import { ImageCheckError, throwIfAborted } from '../shared/errors';
import { PIXEL_CAP } from '../shared/limits';

let libheif: Promise<Libheif> | null = null;

function loadLibheif(signal: AbortSignal): Promise<Libheif> {
  libheif ??= (async () => {
    const response = await fetch(wasmUrl, { signal });
    if (!response.ok) throw new Error(`HEIC decoder download failed: ${response.status}`);
    const wasmBinary = await response.arrayBuffer();
    return new Promise<Libheif>((resolve, reject) => {
      // Emscripten fills in the object it is given, and may call onRuntimeInitialized before
      // the factory returns: resolve with that object, not the return value.
      const module = {
        wasmBinary,
        onRuntimeInitialized: () => resolve(module as unknown as Libheif),
        onAbort: reject,
        // libheif logs each failure to the console; our own error says it to the person.
        print: () => {},
        printErr: () => {},
      };
      factory(module);
    });
  })();
  libheif.catch(() => (libheif = null));
  return libheif;
}

/** Decodes the primary image of a HEIC file into full-size RGBA. */
export async function decodeHeic(signal: AbortSignal, bytes: Uint8Array): Promise<ImageData> {
  let lib: Libheif;
  try {
    lib = await loadLibheif(signal);
  } catch (cause) {
    throwIfAborted(signal);
    throw new ImageCheckError('heic-decoder-failed', 'The HEIC decoder could not start.', {
      cause,
    });
  }
  throwIfAborted(signal);
  let images: ReturnType<InstanceType<Libheif['HeifDecoder']>['decode']>;
  try {
    images = new lib.HeifDecoder().decode(bytes);
  } catch (cause) {
    // A WASM abort leaves the module unusable: load a fresh one next time.
    libheif = null;
    throw new ImageCheckError('decode-failed', 'The HEIC file could not be read.', { cause });
  }
  const image = images[0];
  try {
    if (!image) throw new ImageCheckError('decode-failed', 'No picture found in the HEIC file.');
    const width = image.get_width();
    const height = image.get_height();
    if (width * height > PIXEL_CAP)
      throw new ImageCheckError('too-many-pixels', `${width}×${height} is over the pixel cap.`);
    const target = { data: new Uint8ClampedArray(width * height * 4), width, height };
    const ok = await new Promise<boolean>((resolve) =>
      image.display(target, (result) => resolve(Boolean(result))),
    );
    if (!ok) throw new ImageCheckError('decode-failed', 'The HEIC picture could not be decoded.');
    return new ImageData(target.data, width, height);
  } finally {
    for (const each of images) each.free();
  }
}
