import mdx from '@mdx-js/rollup';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/config/csp';
import { reasonContent } from './src/content/content-plugin';

/** Where the portal lives on its host, e.g. BASE_PATH=/help/realname/ npm run build. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [
    reasonContent(),
    // Frontmatter is read and validated by reasonContent; MDX only has to skip over it.
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter], providerImportSource: '@mdx-js/react' }) },
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
  build: { outDir: process.env.OUT_DIR ?? 'dist' },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
