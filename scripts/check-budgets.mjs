// Reads the build output and checks the size budgets of every prerendered page; exits 1 when
// one is exceeded. Figures are gzip level 9, as a server would send them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, pageLocale, readManifest } from './page-assets.mjs';

/**
 * JavaScript needed to show and hydrate one page. Reason pages are where links in rejection
 * emails land, so they get the issue's 110 KB; React, react-dom and react-router are 96 KB of
 * that. Pages with the search box also carry react-query and the lookup UI, and the
 * tools their checkers, so the other pages get 120 KB.
 */
const JS_BUDGET_REASON = 110 * 1024;
const JS_BUDGET_OTHER = 120 * 1024;
const jsBudget = (page) => (/^(zh\/)?reasons\//.test(page) ? JS_BUDGET_REASON : JS_BUDGET_OTHER);
/** All CSS of the site (one stylesheet). */
const CSS_BUDGET = 20 * 1024;

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const manifest = readManifest(outDir);
const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
  return gz.get(file);
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'assets' && !name.startsWith('.')) walk(path);
    } else if (name.endsWith('.html')) pages.push(relative(outDir, path));
  }
};
walk(outDir);
pages.sort();

const failures = [];
const rows = pages.map((page) => {
  const { js, css } = pageAssets(manifest, page);
  const jsBytes = js.reduce((sum, f) => sum + gzipSize(f), 0);
  const cssBytes = css.reduce((sum, f) => sum + gzipSize(f), 0);
  const htmlBytes = gzipSync(readFileSync(join(outDir, page)), { level: 9 }).length;
  if (jsBytes > jsBudget(page))
    failures.push(`${page}: JavaScript ${kb(jsBytes)} KB > ${kb(jsBudget(page))} KB`);
  if (cssBytes > CSS_BUDGET)
    failures.push(`${page}: CSS ${kb(cssBytes)} KB > ${kb(CSS_BUDGET)} KB`);
  return {
    page,
    'html KB': kb(htmlBytes),
    'JS KB': kb(jsBytes),
    'JS budget': kb(jsBudget(page)),
    'JS files': js.length,
    'CSS KB': kb(cssBytes),
  };
});

// Heavy code that must never be part of a page's first load.
const firstLoad = new Set(pages.flatMap((p) => pageAssets(manifest, p).js));
const lazyOnly = Object.entries(manifest)
  .filter(([key]) =>
    /image-check\/worker|certificate-reading|libheif|engine\.ts$|zh-tables|name-match\/chinese-chars/.test(
      key,
    ),
  )
  .map(([, chunk]) => chunk.file);
for (const file of lazyOnly) {
  if (firstLoad.has(file))
    failures.push(`${file} is loaded up front but should load only when used`);
}

// A page loads only its own language's text: never the other language's strings, catalog or MDX.
const languageFiles = (locale) =>
  new Set(
    Object.entries(manifest)
      .filter(([key]) =>
        new RegExp(
          `[\\\\/]${locale}\\.ts$|reason-catalog[\\\\/]${locale}$` +
            (locale === 'zh' ? '|content[\\\\/]reasons[\\\\/]zh[\\\\/]' : ''),
        ).test(key),
      )
      .map(([, chunk]) => chunk.file),
  );
const otherLanguage = { en: languageFiles('zh'), zh: languageFiles('en') };
for (const page of pages) {
  for (const file of pageAssets(manifest, page).js) {
    if (otherLanguage[pageLocale(page)].has(file))
      failures.push(`${page} loads ${file}, text of the other language`);
  }
}

// Reading the certificate (issue 13): everything its first use downloads, loaded only on the click.
const READING_BUDGET = 8 * 1000 * 1000;
const readingFiles = readdirSync(join(outDir, 'assets')).filter((name) =>
  /^(read-text\.worker-.*\.js|ort-wasm.*\.wasm|det-.*\.onnx|rec-.*\.onnx|keys-.*\.txt)$/.test(name),
);
const readingBytes = readingFiles.reduce((sum, name) => sum + gzipSize(join('assets', name)), 0);
if (readingFiles.length !== 5) {
  failures.push(`the reader's files are not all in the build: ${readingFiles.join(', ')}`);
}
if (readingBytes > READING_BUDGET) {
  failures.push(`the reader downloads ${kb(readingBytes)} KB > ${kb(READING_BUDGET)} KB`);
}
for (const name of readingFiles) {
  if (firstLoad.has(join('assets', name)))
    failures.push(`assets/${name} is loaded up front but should load only when used`);
}

console.log(
  `Reading the certificate, first use: ${(readingBytes / 1e6).toFixed(2)} MB gzip (budget ` +
    `${(READING_BUDGET / 1e6).toFixed(0)} MB): ${readingFiles
      .map(
        (name) =>
          `${name.replace(/-[\w-]{8}\./, '.')} ${(gzipSize(join('assets', name)) / 1e6).toFixed(2)}`,
      )
      .join(', ')}`,
);
console.log(
  `Size budgets (gzip): JavaScript per reason page ≤ ${kb(JS_BUDGET_REASON)} KB, other pages ≤ ` +
    `${kb(JS_BUDGET_OTHER)} KB; CSS ≤ ${kb(CSS_BUDGET)} KB`,
);
console.table(rows);
if (failures.length) {
  console.error(`Over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${pages.length} pages are within budget.`);
