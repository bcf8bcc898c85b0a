// The Content-Security-Policy of the built portal. Nothing a registrant types or selects may
// leave the browser, so every fetch, worker and image is limited to the portal's own origin.
// 'wasm-unsafe-eval' lets the HEIC decoder's WebAssembly run; it allows no JavaScript eval.
// The one inline script, which starts the app after the first paint, is allowed by its hash.
import { createHash } from 'node:crypto';
import { bootScript } from './boot-script.ts';

export const bootScriptHash = `'sha256-${createHash('sha256').update(bootScript).digest('base64')}'`;

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${bootScriptHash} 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
