// Which built files a prerendered page needs, read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readManifest(outDir) {
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
}

/** The language of a built page: Chinese pages live under zh/. */
export const pageLocale = (pageFile) => (pageFile.startsWith('zh/') ? 'zh' : 'en');

/** The source modules a page runs: its lazy route module and, for a reason, its MDX. */
export function pageModules(pageFile) {
  const locale = pageLocale(pageFile);
  const name = pageFile.replace(/\.html$/, '').replace(/^zh\//, '');
  if (name === 'index') return ['src/app/routes/home.tsx'];
  if (name === '404') return ['src/app/routes/not-found.tsx'];
  if (name.startsWith('reasons/')) {
    const folder = locale === 'zh' ? 'content/reasons/zh' : 'content/reasons';
    return ['src/app/routes/reason.tsx', `${folder}/${name.slice('reasons/'.length)}.mdx`];
  }
  return [`src/app/routes/${name.replace(/^tools\//, '')}.tsx`];
}

/**
 * Files of the modules and of every module they import statically (not lazily), once each;
 * plus, for `locale`, the language chunks those modules load on demand (src/i18n/locale-data.ts):
 * a page's own language's text is part of what it needs, the other language's never.
 */
export function staticClosure(manifest, keys, locale) {
  const files = new Set();
  const css = new Set();
  // By convention a module named en.ts or zh.ts holds one language's text (src/i18n/README.md).
  const ownLanguage =
    locale && new RegExp(`([\\\\/]${locale}\\.ts|reason-catalog[\\\\/]${locale})$`);
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no entry for ${key}.`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
    if (ownLanguage) {
      for (const imported of chunk.dynamicImports ?? [])
        if (ownLanguage.test(imported)) visit(imported);
    }
  };
  keys.forEach(visit);
  return { js: [...files], css: [...css] };
}

/** What every page starts with: the app entry, and react-dom, which src/main.tsx imports lazily. */
const STARTUP_MODULES = ['index.html', 'node_modules/react-dom/client.js'];

/** Everything a page needs to show and hydrate: the app's start plus the page's own modules. */
export function pageAssets(manifest, pageFile) {
  return staticClosure(
    manifest,
    [...STARTUP_MODULES, ...pageModules(pageFile)],
    pageLocale(pageFile),
  );
}
