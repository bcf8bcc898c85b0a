// Node-only Vite plugin: validates the reason frontmatter, serves it to the app as a virtual
// module and publishes the /reasons.json manifest that email templates link from.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { loadReasons } from './load-reasons';
import type { Reason } from './schema';

const VIRTUAL_ID = 'virtual:reason-catalog';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
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
  const read = () => loadReasons(dir, config.root);

  return {
    name: 'reason-content',
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? 'content/reasons');
    },
    buildStart() {
      // Fail the build early, with the sentence from the loader, rather than deep in the bundle.
      for (const reason of read()) this.addWatchFile(resolve(dir, `${reason.slug}.mdx`));
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const reasons = ${JSON.stringify(read())};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) server.moduleGraph.invalidateModule(mod);
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
