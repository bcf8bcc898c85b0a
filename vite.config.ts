import mdx from '@mdx-js/rollup';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { basePath, siteOrigin } from './scripts/base-path.mjs';
import { ocrAssets } from './scripts/ocr-assets.mjs';
import { contentSecurityPolicy } from './src/config/csp.ts';
import { reasonContent } from './src/content/content-plugin.ts';
import rehypeDropNewlines from './src/content/rehype-drop-newlines.ts';

export default defineConfig(({ command }) => ({
  base: basePath(),
  resolve: {
    // react-router 7.18 resolves its development build in every mode (remix-run/react-router
    // #14102); its production build drops the dev-only warnings: 0.6 KB gzip on every page.
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  // Canonical and alternate-language links name the public origin (see scripts/base-path.mjs).
  define: { 'import.meta.env.SITE_ORIGIN': JSON.stringify(siteOrigin()) },
  plugins: [
    reasonContent(),
    // The reading worker's engine and models; in dev the worker is served through these plugins.
    ocrAssets(),
    {
      // With modulePreload off, every dynamic import still goes through Vite's preload helper
      // with an empty list of dependencies (vitejs/vite#13952). Its only other job is the one
      // stylesheet, which every page links already: a plain import() is all that is left.
      name: 'plain-dynamic-import',
      enforce: 'pre',
      apply: 'build',
      load(id) {
        if (id !== '\0vite/preload-helper.js') return undefined;
        return 'export const __vitePreload = (load) => load();';
      },
    },
    // Frontmatter is read and validated by reasonContent; MDX only has to skip over it.
    {
      enforce: 'pre',
      ...mdx({ remarkPlugins: [remarkFrontmatter], rehypePlugins: [rehypeDropNewlines] }),
    },
    react({ include: /\.(mdx|tsx?)$/ }),
    tailwindcss(),
    {
      // Only in the build: the dev server's hot reload needs inline scripts the policy forbids.
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  // OUT_DIR lets parallel test runs build into separate folders.
  // The manifest tells the prerender and the budget check which chunks each page needs.
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    manifest: true,
    // scripts/prerender.mjs writes each page's preloads into its HTML; later navigations load
    // a page's few small chunks directly, so Vite's preload helper is not worth its bytes.
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Nearly all of React's code runs while a page hydrates, and all of the lookup engine's
        // while it builds its index: V8's compile hint lets Chrome compile these files on a
        // background thread as they download, instead of function by function on the main
        // thread at the moment they run. Other browsers ignore the comment.
        postBanner: (chunk) =>
          ['framework', 'react-dom', 'engine'].includes(chunk.name)
            ? '//# allFunctionsCalledOnLoad'
            : '',
        // One long-cached file for the libraries every page needs, instead of many small ones.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-router)[\\/]/,
            },
            {
              // react-dom's client runs in a task of its own (src/main.tsx imports it lazily),
              // so no single task of a page's start blocks the main thread for long.
              name: 'react-dom',
              test: /node_modules[\\/](react-dom|scheduler)[\\/]/,
            },
            {
              // The small modules every page shares (paths, catalog, page meta, …) in one file.
              name: 'shared',
              // Each language's text stays in chunks of its own (src/i18n/locale-data.ts).
              test: /src[\\/](config|i18n[\\/][a-z-]+\.tsx?$|app[\\/](use-hydrated|language-switch)|components[\\/]page-meta|features[\\/](lookup[\\/]limits|reasons[\\/]components[\\/]reason-card-list))/,
            },
          ],
        },
      },
    },
  },
  // Workers are bundled apart in the build: the reading worker needs its engine and models.
  worker: { format: 'es', plugins: () => [ocrAssets()] },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
}));
