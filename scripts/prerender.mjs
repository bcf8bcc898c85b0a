// Prerenders every route of the built portal into static HTML, so a page's text shows before
// any JavaScript runs (and with none at all). Run after `vite build`; see "build" in package.json.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { basePath } from './base-path.mjs';
import { pageAssets, readManifest } from './page-assets.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const ssrDir = resolve('node_modules/.cache/prerender', process.env.OUT_DIR ?? 'dist');

await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/app/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
  },
});
const { render, prerenderPaths } = await import(
  pathToFileURL(join(ssrDir, 'entry-server.js')).href
);

const template = readFileSync(join(outDir, 'index.html'), 'utf8');
const manifest = readManifest(outDir);
const base = basePath();
if (!template.includes('<div id="root"></div>')) {
  throw new Error(`${outDir}/index.html has no empty <div id="root"></div> to render into.`);
}

// React puts <title>, <meta> and <link> it hoists at the front of the HTML: they go in <head>.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

function fileFor(path) {
  if (path === '/') return 'index.html';
  if (path === '/404') return '404.html';
  return `${path.slice(1)}.html`;
}

const written = [];
for (const path of prerenderPaths) {
  const { html } = await render(path);
  // Fetch the page's own chunks (route, content) in parallel with the entry, not after it.
  const preloads = pageAssets(manifest, fileFor(path))
    .js.filter((file) => !template.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
    .join('');
  const head = preloads + (HOISTED.exec(html)?.[0] ?? '');
  const body = html.slice(head.length - preloads.length);
  const page = template
    .replace('</head>', `${head}</head>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${path}">${body}</div>`);
  const file = join(outDir, fileFor(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  written.push(`${fileFor(path)} (${(page.length / 1024).toFixed(1)} KB)`);
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`Prerendered ${written.length} pages into ${outDir}:\n  ${written.join('\n  ')}`);
