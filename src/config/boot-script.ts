/**
 * The only inline script of the built pages: scripts/prerender.mjs writes it at the end of each
 * page's <body>, and the Content-Security-Policy allows exactly this text by its hash.
 *
 * It starts the app once the prerendered page has painted its text, so on a slow phone
 * connection the first bytes carry what the registrant came to read, and 100 KB of JavaScript
 * never competes with them. The script's data attributes name the entry chunk and the chunks
 * the page needs, which are preloaded in parallel, each in a task of its own: no step of the
 * start may block the page for long. A page opened in a background tab starts at once, and a
 * browser that cannot report paints starts after the next frame.
 *
 * Keep it a plain string: its hash must come out the same wherever it is computed.
 */
export const bootScript = `
(() => {
  const { entry, preload } = document.currentScript.dataset;
  let started = false;
  const add = (tag, props) => document.head.append(Object.assign(document.createElement(tag), props));
  const start = () => {
    if (started) return;
    started = true;
    add('script', { type: 'module', src: entry, crossOrigin: '' });
    for (const href of preload.split(' ').filter(Boolean)) {
      setTimeout(() => add('link', { rel: 'modulepreload', href, crossOrigin: '' }));
    }
  };
  if (document.hidden) return start();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    return requestAnimationFrame(() => setTimeout(start));
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 3000);
})();
`;
