// Which built files a prerendered page needs, read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readManifest(outDir) {
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
}

/** The source modules a page runs: its lazy route module and, for a reason, its MDX. */
export function pageModules(pageFile) {
  const name = pageFile.replace(/\.html$/, '');
  if (name === 'index') return ['src/app/routes/home.tsx'];
  if (name === '404') return ['src/app/routes/not-found.tsx'];
  if (name.startsWith('reasons/')) {
    return ['src/app/routes/reason.tsx', `content/reasons/${name.slice('reasons/'.length)}.mdx`];
  }
  return [`src/app/routes/${name.replace(/^tools\//, '')}.tsx`];
}

/** Files of the modules and of every module they import statically (not lazily), once each. */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no entry for ${key}.`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return { js: [...files], css: [...css] };
}

/** What every page starts with: the app entry, and react-dom, which src/main.tsx imports lazily. */
const STARTUP_MODULES = ['index.html', 'node_modules/react-dom/client.js'];

/** Everything a page needs to show and hydrate: the app's start plus the page's own modules. */
export function pageAssets(manifest, pageFile) {
  return staticClosure(manifest, [...STARTUP_MODULES, ...pageModules(pageFile)]);
}
