// Cramp Coach service worker: everything a visit needs is precached at install, so every route
// opens offline. A new version waits until the page asks it to take over (the user pressed Reload).
const VERSION = "__VERSION__";
const CACHE = `cramp-coach-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("cramp-coach-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

/** The pre-rendered file for a page address: `/stretch` and `/stretch/` are `/stretch/index.html`. */
function pageFile(pathname) {
  if (pathname === "/" || pathname === "/index.html") return "/index.html";
  if (pathname.endsWith(".html")) return pathname;
  return pathname.replace(/\/$/, "") + "/index.html";
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const page = (await cache.match(pageFile(url.pathname))) ?? null;
        if (page) return page;
        try {
          return await fetch(request);
        } catch {
          return (await cache.match("/404.html")) ?? Response.error();
        }
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(request, { ignoreSearch: true })) ?? fetch(request)),
  );
});
