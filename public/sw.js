// Offline tolerance: pages once visited open again on a flaky or lost connection.
// - Pages (navigations): network first, so a new release shows at once; the cache when offline.
// - /assets/: hashed names never change, so the cache first.
// Privacy: a page is cached under its path alone, never with its query (/lookup?q=… holds what
// the person typed), and only GET responses from this origin are ever stored.
const CACHE = 'portal-v2';
const scope = new URL(self.registration.scope);
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  // The start pages, so the lookup is there even if the first visit was to another page.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([scope.pathname, `${scope.pathname}zh`]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const pageKey = (url) => new Request(new URL(url.pathname, url.origin).href);

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS),
      ),
    ]);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    // Offline on a page never visited: the start page in the same language.
    const path = new URL(key.url).pathname;
    const chinese = path === `${scope.pathname}zh` || path.startsWith(`${scope.pathname}zh/`);
    const start = chinese ? `${scope.pathname}zh` : scope.pathname;
    const cached = (await cache.match(key)) ?? (await cache.match(start));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  if (!url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, pageKey(url)));
  } else if (url.pathname.startsWith(`${scope.pathname}assets/`)) {
    event.respondWith(cacheFirst(request));
  }
});
