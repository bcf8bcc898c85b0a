// The reading's downloads, made and named by scripts/ocr-assets.mjs (a Vite plugin).
declare module 'virtual:ocr-assets' {
  export const wasmUrl: string;
  export const detectionUrl: string;
  export const recognitionUrl: string;
  export const keysUrl: string;
  /** Each file's size in bytes, uncompressed. */
  export const bytes: { wasm: number; detection: number; recognition: number; keys: number };
}
