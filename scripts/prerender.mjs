// Prerenders every route of the built portal into static HTML, so a page's text shows before
// any JavaScript runs (and with none at all). Run after `vite build`; see "build" in package.json.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { basePath, LOCAL_ORIGIN, siteOrigin } from './base-path.mjs';
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
const { render, prerenderPaths, notFoundPaths, alternatePaths, bootScript } = await import(
  pathToFileURL(join(ssrDir, 'entry-server.js')).href
);

const built = readFileSync(join(outDir, 'index.html'), 'utf8');
const manifest = readManifest(outDir);
const base = basePath();
if (!built.includes('<div id="root"></div>')) {
  throw new Error(`${outDir}/index.html has no empty <div id="root"></div> to render into.`);
}
// Vite's <script type="module"> would fetch the app while the page is still on its way; the
// boot script (src/config/boot-script.ts) loads it instead, once the page has painted.
const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const entry = ENTRY.exec(built)?.[1];
if (!entry) throw new Error(`${outDir}/index.html has no <script type="module"> entry.`);
const template = built.replace(ENTRY, '');

// React puts <title>, <meta> and <link> it hoists at the front of the HTML: they go in <head>.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

/** Where a page's HTML goes: "/" and "/zh" are folder indexes, "/x" is x.html. */
function fileFor(path) {
  if (path === '/') return 'index.html';
  if (path === '/zh') return 'zh/index.html';
  return `${path.slice(1)}.html`;
}

const written = [];
for (const path of prerenderPaths) {
  const { html, lang } = await render(path);
  // The page's own chunks (route, content) load in parallel with the entry, not after it.
  const preload = pageAssets(manifest, fileFor(path))
    .js.map((file) => `${base}${file}`)
    .filter((href) => href !== entry)
    .join(' ');
  const head = HOISTED.exec(html)?.[0] ?? '';
  const boot = `<script data-entry="${entry}" data-preload="${preload}">${bootScript}</script>`;
  const page = template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace('</head>', `${head}</head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered="${path}">${html.slice(head.length)}</div>${boot}`,
    );
  const file = join(outDir, fileFor(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
  written.push(`${fileFor(path)} (${(page.length / 1024).toFixed(1)} KB)`);
}
rmSync(ssrDir, { recursive: true, force: true });

// For search engines: every page but the not-found ones, with its other-language alternate.
const origin = siteOrigin();
const url = (path) => `${origin}${base}${path.slice(1)}`;
const listed = prerenderPaths.filter((path) => !notFoundPaths.includes(path));
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const sitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${listed
  .map((path) => {
    const alternates = alternatePaths(path).map(
      (a) =>
        `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(url(a.path))}"/>`,
    );
    return `  <url>\n    <loc>${escapeXml(url(path))}</loc>\n${alternates.join('\n')}\n  </url>`;
  })
  .join('\n')}
</urlset>
`;
writeFileSync(join(outDir, 'sitemap.xml'), sitemap);
writeFileSync(
  join(outDir, 'robots.txt'),
  `# Every page of the help portal may be indexed, in English and in Chinese.\nUser-agent: *\nAllow: /\n\nSitemap: ${url('/sitemap.xml')}\n`,
);
written.push(`sitemap.xml (${listed.length} pages)`, 'robots.txt');
if (origin === LOCAL_ORIGIN) {
  console.log(
    `Note: SITE_ORIGIN is not set, so canonical links and sitemap.xml name ${LOCAL_ORIGIN}; set it to the portal's public origin for a production build.`,
  );
}
console.log(`Prerendered ${written.length} pages into ${outDir}:\n  ${written.join('\n  ')}`);
