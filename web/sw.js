// sw.js: the service worker that lets the hosted app start without a network after the first
// visit. Cache-first for the app's own files only (listed below); any other request, and
// every request to another origin, is left to the browser untouched. The cache is versioned:
// scripts/build-web.sh writes a hash of the build into VERSION, and activating a new version
// deletes the older caches. User data never passes through here: the app makes no requests.
'use strict';

const VERSION = 'dev'; // replaced by scripts/build-web.sh
const CACHE = 'engagelens-' + VERSION;
// The app's build this browser runs (start.js: index with wasm SIMD, index-scalar without):
// only that one is fetched at install, the other is never downloaded.
importScripts('start.js');
const BUILDS = ['index', 'index-scalar'];
const FILES = ['./', 'index.html', 'start.js', 'bridge.js', 'reports.js', 'storage.js',
               'offline.js', 'style.css', 'print.css',
               self.engageBuild() + '.js', self.engageBuild() + '.wasm'];
const scope = new URL(self.registration.scope);
const ownUrls = new Set(FILES.concat(BUILDS.flatMap((build) => [build + '.js', build + '.wasm']))
    .map((file) => new URL(file, scope).href));

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES))
                        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((keys) => Promise.all(keys
            .filter((key) => key.startsWith('engagelens-') && key !== CACHE)
            .map((key) => caches.delete(key))))
        .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    url.hash = '';
    if (request.method !== 'GET' || !ownUrls.has(url.href))
        return;
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(url.href)
        .then((hit) => hit || fetch(request).then((response) => {
            if (response.ok)
                cache.put(url.href, response.clone());
            return response;
        }))));
});
