// Node-only Vite plugin: validates the reason frontmatter, serves it to the app as a virtual
// module and publishes the /reasons.json manifest that email templates link from.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { loadReasons } from './load-reasons.ts';
import type { Reason } from './schema';

// Two modules, so that the search vocabulary loads with the lookup and not with every page.
const CATALOG_ID = 'virtual:reason-catalog';
const KEYWORDS_ID = 'virtual:reason-keywords';
export const MANIFEST_FILE = 'reasons.json';

/** What /reasons.json holds: enough for an email template to link each message to its page. */
export function buildManifest(reasons: Reason[], base: string) {
  return {
    reasons: reasons.map((r) => ({
      slug: r.slug,
      title: r.title,
      path: `${base}reasons/${r.slug}`,
      messages: r.messages,
    })),
  };
}

export function reasonContent(options: { dir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let dir = '';
  // Read and validated once per build (and again after an edit in dev), not once per use.
  let cached: Reason[] | undefined;
  const read = () => (cached ??= loadReasons(dir, config.root));

  return {
    name: 'reason-content',
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? 'content/reasons');
    },
    buildStart() {
      cached = undefined;
      // Fail the build early, with the sentence from the loader, rather than deep in the bundle.
      for (const reason of read()) this.addWatchFile(resolve(dir, `${reason.slug}.mdx`));
    },
    watchChange(id) {
      // A reason file was added, changed or removed: read the folder again next time.
      if (id.startsWith(dir)) cached = undefined;
    },
    resolveId(id) {
      return id === CATALOG_ID || id === KEYWORDS_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${CATALOG_ID}`) {
        const reasons = read().map(({ keywords: _keywords, ...reason }) => reason);
        return `export const reasons = ${JSON.stringify(reasons)};`;
      }
      if (id === `\0${KEYWORDS_ID}`) {
        const keywords = Object.fromEntries(read().map((r) => [r.slug, r.keywords]));
        return `export const keywordsBySlug = ${JSON.stringify(keywords)};`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      cached = undefined;
      for (const id of [CATALOG_ID, KEYWORDS_ID]) {
        const mod = server.moduleGraph.getModuleById(`\0${id}`);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${config.base}${MANIFEST_FILE}`) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(buildManifest(read(), config.base), null, 2));
      });
    },
    generateBundle() {
      if (config.build.ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST_FILE,
        source: JSON.stringify(buildManifest(read(), config.base), null, 2) + '\n',
      });
    },
  };
}
