// Node-only Vite plugin: validates the reason frontmatter of both languages, serves it to the
// app as virtual modules and publishes the /reasons.json manifest that email templates link from.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { checkTranslations, loadReasons } from './load-reasons.ts';
import type { Reason } from './schema';

/**
 * One catalog module per language (a page loads only its own: `virtual:reason-catalog/zh`), and
 * one module with the search vocabulary of both, which loads with the lookup: a Chinese paste on
 * an English page must find its reason too.
 */
const CATALOG_ID = 'virtual:reason-catalog/';
const LOOKUP_ID = 'virtual:reason-lookup';
export const MANIFEST_FILE = 'reasons.json';

export interface ReasonContent {
  en: Reason[];
  zh: Reason[];
}

/** Where a reason's page is, in each language, relative to the site's base path. */
export const reasonPath = { en: (slug: string) => `reasons/${slug}`, zh: (slug: string) => `zh/reasons/${slug}` };

/** What /reasons.json holds: enough for an email template in either language to link each message to its page. */
export function buildManifest({ en, zh }: ReasonContent, base: string) {
  const zhBySlug = new Map(zh.map((r) => [r.slug, r]));
  return {
    reasons: en.map((r) => {
      const translated = zhBySlug.get(r.slug)!;
      return {
        slug: r.slug,
        title: r.title,
        path: `${base}${reasonPath.en(r.slug)}`,
        messages: r.messages,
        zh: {
          title: translated.title,
          path: `${base}${reasonPath.zh(r.slug)}`,
          messages: translated.messages,
        },
      };
    }),
  };
}

/** A reason as its own page needs it (search keywords load with the lookup, lists use the catalog). */
const forPage = ({
  keywords: _keywords,
  category: _category,
  order: _order,
  related: _related,
  ...reason
}: Reason) => reason;

/** A reason file: content/reasons/<slug>.mdx (English) or content/reasons/zh/<slug>.mdx. */
const REASON_FILE = /[\\/]content[\\/]reasons[\\/](?:(zh)[\\/])?([a-z0-9-]+)\.mdx$/;

export function reasonContent(options: { dir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let dir = '';
  // Read and validated once per build (and again after an edit in dev), not once per use.
  let cached: ReasonContent | undefined;
  const read = (): ReasonContent => {
    if (cached) return cached;
    const en = loadReasons(dir, config.root);
    const zh = loadReasons(resolve(dir, 'zh'), config.root);
    checkTranslations(en, zh);
    return (cached = { en, zh });
  };

  return {
    name: 'reason-content',
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? 'content/reasons');
    },
    buildStart() {
      cached = undefined;
      // Fail the build early, with the sentence from the loader, rather than deep in the bundle.
      const { en, zh } = read();
      for (const reason of en) this.addWatchFile(resolve(dir, `${reason.slug}.mdx`));
      for (const reason of zh) this.addWatchFile(resolve(dir, 'zh', `${reason.slug}.mdx`));
    },
    watchChange(id) {
      // A reason file was added, changed or removed: read the folders again next time.
      if (id.startsWith(dir)) cached = undefined;
    },
    // Each reason's compiled MDX also exports its validated frontmatter and the titles of its
    // related reasons: a reason page needs nothing else, so it never loads the whole catalog.
    transform(code, id) {
      const match = REASON_FILE.exec(id);
      if (!match) return undefined;
      const reasons = read()[match[1] === 'zh' ? 'zh' : 'en'];
      const reason = reasons.find((r) => r.slug === match[2]);
      if (!reason) return undefined;
      const related = reason.related.flatMap((slug) => {
        const other = reasons.find((r) => r.slug === slug);
        return other ? [{ slug, title: other.title, summary: other.summary }] : [];
      });
      return {
        code: `${code}\nexport const reason = ${JSON.stringify(forPage(reason))};\nexport const related = ${JSON.stringify(related)};\n`,
        map: null,
      };
    },
    resolveId(id) {
      return id === `${CATALOG_ID}en` || id === `${CATALOG_ID}zh` || id === LOOKUP_ID
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      if (id === `\0${CATALOG_ID}en` || id === `\0${CATALOG_ID}zh`) {
        const locale = id.endsWith('zh') ? 'zh' : 'en';
        const listings = read()[locale].map(({ slug, title, summary, category, order, messages }) => ({
          slug,
          title,
          summary,
          category,
          order,
          messages,
        }));
        return `export default ${JSON.stringify(listings)};`;
      }
      if (id === `\0${LOOKUP_ID}`) {
        const { en, zh } = read();
        const zhBySlug = new Map(zh.map((r) => [r.slug, r]));
        const lookup = en.map((r) => {
          const t = zhBySlug.get(r.slug)!;
          return {
            slug: r.slug,
            title: r.title,
            summary: r.summary,
            messages: r.messages,
            keywords: r.keywords,
            ...(r.symptom ? { symptom: r.symptom } : {}),
            zh: { title: t.title, summary: t.summary, messages: t.messages, keywords: t.keywords },
          };
        });
        return `export const lookupReasons = ${JSON.stringify(lookup)};`;
      }
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir)) return;
      cached = undefined;
      for (const id of [`${CATALOG_ID}en`, `${CATALOG_ID}zh`, LOOKUP_ID]) {
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
