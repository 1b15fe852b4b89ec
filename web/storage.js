// storage.js: the opt-in storage of datasets, corrections and settings in IndexedDB, and the
// start-up order (storage restore, then a share link). Off by default: the database
// "engagelens" exists only after the user switched storage on, and deleting it is the "off"
// state again, so nothing is even opened unless the user asked for it.
// Loaded after reports.js, before index.js.
'use strict';

(function () {
    const host = window.Module.engageHost;
    const app = () => window.Module;
    const dbName = 'engagelens';
    const keptDatasets = 5;
    let db = null;
    let enabled = false; // mirrors the app's switch; a late store after a delete is dropped

    function tell(kind, detail) {
        if (app().shareEvent)
            app().shareEvent(kind, String(detail || ''));
    }

    const request = (r) => new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
    });

    function open() {
        if (db)
            return Promise.resolve(db);
        if (!window.indexedDB)
            return Promise.reject(new Error('IndexedDB is not available'));
        const opening = indexedDB.open(dbName, 1);
        opening.onupgradeneeded = () => {
            const created = opening.result;
            created.createObjectStore('settings');
            created.createObjectStore('datasets', { keyPath: 'name' });
        };
        return request(opening).then((opened) => {
            db = opened;
            // Another tab deleting the database must not be blocked by this connection.
            opened.onversionchange = () => {
                opened.close();
                if (db === opened)
                    db = null;
            };
            return opened;
        });
    }

    async function exists() {
        if (!window.indexedDB || !indexedDB.databases)
            return false; // FIXME-WEB: without databases() (old Firefox) nothing is restored
        const names = (await indexedDB.databases()).map((info) => info.name);
        return names.includes(dbName);
    }

    async function all(storeName) {
        const store = (await open()).transaction(storeName).objectStore(storeName);
        return request(store.getAll());
    }

    async function reportInventory() {
        const datasets = (await all('datasets')).sort((a, b) => b.savedAt - a.savedAt);
        const settings = await all('settings');
        tell('storage-inventory', JSON.stringify({
            settings: settings.length > 0,
            datasets: datasets.map((d) => ({ name: d.name, bytes: d.bytes.byteLength })),
        }));
    }

    host.storageEnable = () => {
        enabled = true;
        open().then(reportInventory, (error) => tell('storage-error', error.message || error));
    };

    // The app calls this whenever its state changed while storage is on.
    host.storeState = (settingsJson, bytes, name) => {
        if (!enabled)
            return;
        (async () => {
            const database = await open();
            const tx = database.transaction(['settings', 'datasets'], 'readwrite');
            tx.objectStore('settings').put({ json: settingsJson, savedAt: Date.now() }, 'current');
            if (bytes.length > 0)
                tx.objectStore('datasets').put({ name, bytes, savedAt: Date.now() });
            await new Promise((resolve, reject) => {
                tx.oncomplete = resolve;
                tx.onerror = () => reject(tx.error);
            });
            // Only the newest few datasets are kept.
            const datasets = (await all('datasets')).sort((a, b) => b.savedAt - a.savedAt);
            if (datasets.length > keptDatasets) {
                const trim = database.transaction('datasets', 'readwrite').objectStore('datasets');
                for (const old of datasets.slice(keptDatasets))
                    trim.delete(old.name);
            }
            await reportInventory();
        })().catch((error) => tell('storage-error', error.message || error));
    };

    host.storageDeleteAll = () => {
        enabled = false;
        if (db) {
            db.close();
            db = null;
        }
        if (!window.indexedDB) {
            tell('storage-deleted');
            return;
        }
        const deleting = indexedDB.deleteDatabase(dbName);
        deleting.onsuccess = () => tell('storage-deleted');
        deleting.onerror = () => tell('storage-error', deleting.error && deleting.error.message);
        deleting.onblocked = () => tell('storage-error', 'another tab still uses the storage');
    };

    async function restore() {
        if (!(await exists()))
            return;
        enabled = true;
        const datasets = (await all('datasets')).sort((a, b) => b.savedAt - a.savedAt);
        const settings = (await all('settings'))[0];
        if (datasets.length > 0)
            app().loadBytes(new Uint8Array(datasets[0].bytes), datasets[0].name);
        if (settings)
            app().applyState(settings.json, false);
        tell('storage-restored');
        await reportInventory();
    }

    // Start-up: the app is ready, then what the user stored, then a share link (which wins).
    window.engage.restored = window.engage.ready
        .then(() => restore().catch((error) => tell('storage-error', error.message || error)))
        .then(() => window.engageShare && window.engageShare.applyFromLocation());
})();
