// offline.js: registers the service worker (sw.js) when the app is served over http(s), so
// the hosted page starts again without a network after the first visit. Opened from file://
// (build/offline/engagelens.html) there is nothing to register: that file holds everything.
'use strict';

(function () {
    const hosted = location.protocol === 'https:' || location.protocol === 'http:';
    if (!hosted || !('serviceWorker' in navigator) || window.engageOffline === 'single-file')
        return;
    window.addEventListener('load', () => {
        navigator.serviceWorker.register('sw.js').catch((error) => {
            // Offline use is a convenience; the app works without it.
            console.warn('EngageLens: no offline copy (' + error.message + ')');
        });
    });
})();
