// Storage in headless Chromium: off by default (no database at all), switched on by a click
// (dataset, corrections and settings in IndexedDB, checked by reading the database), restored
// on the next visit, and gone after "Delete everything stored".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

const tall = { viewport: { width: 1280, height: 2300 }, deviceScaleFactor: 1 };

async function click(page, id) {
    const { x, y } = await controlCentre(page, id);
    await page.mouse.click(x, y);
    await frames(page);
}

function pasteText(page, text) {
    return page.evaluate((content) => {
        const data = new DataTransfer();
        data.setData('text/plain', content);
        document.body.dispatchEvent(new ClipboardEvent('paste', {
            clipboardData: data, bubbles: true, cancelable: true,
        }));
    }, text);
}

// Everything in the "engagelens" database, or null when it does not exist.
function storedContents(page) {
    return page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((info) => info.name);
        if (!names.includes('engagelens'))
            return null;
        const db = await new Promise((resolve, reject) => {
            const open = indexedDB.open('engagelens');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
        });
        const all = (store) => new Promise((resolve, reject) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
        const settings = (await all('settings')).map((s) => JSON.parse(s.json));
        const datasets = (await all('datasets')).map((d) => ({
            name: d.name, text: new TextDecoder().decode(d.bytes),
        }));
        db.close();
        return { settings, datasets };
    });
}

describe('EngageLens storage', () => {
    const app = withApp();

    it('stores nothing by default, everything after the switch, and deletes it all', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', ...tall,
        });
        await page.evaluate(() => window.engage.restored);
        await pasteText(page, 'Basis;Likes;Kommentare\n5.000;200;50');
        await frames(page);
        await click(page, 'role-0');
        await click(page, 'role-0-followers');
        await frames(page, 10);
        assert.equal(await storedContents(page), null, 'off by default: no database at all');

        // On: the dataset, the correction and the settings arrive in IndexedDB.
        await click(page, 'storage-toggle');
        await page.waitForFunction(() => window.engage.controlRect('storage-inventory') !== null);
        let stored = await storedContents(page);
        assert.equal(stored.datasets.length, 1);
        assert.equal(stored.datasets[0].name, 'clipboard');
        assert.equal(stored.datasets[0].text, 'Basis;Likes;Kommentare\n5.000;200;50');
        assert.equal(stored.settings.length, 1);
        assert.equal(stored.settings[0].language, 'de');
        assert.deepEqual(stored.settings[0].roles, { Basis: 'followers' });
        assert.equal(stored.settings[0].text, undefined, 'settings carry no data');
        await frames(page);
        await screenshot(page, 'storage-on-de.png');

        // A setting changed later is stored too.
        await click(page, 'language-en');
        await page.waitForFunction(async () => {
            const open = indexedDB.open('engagelens');
            const db = await new Promise((resolve) => {
                open.onsuccess = () => resolve(open.result);
            });
            const value = await new Promise((resolve) => {
                const r = db.transaction('settings').objectStore('settings').get('current');
                r.onsuccess = () => resolve(r.result);
            });
            db.close();
            return JSON.parse(value.json).language === 'en';
        });

        // The next visit restores table, correction and language.
        await page.reload();
        await page.evaluate(() => window.engage.ready);
        await page.evaluate(() => window.engage.restored);
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        assert.equal(await page.evaluate(() => window.engage.language()), 'en');
        await screenshot(page, 'storage-restored-en.png');

        // Delete: the database is gone, and the next visit starts empty.
        await click(page, 'storage-delete');
        await page.waitForFunction(async () =>
            !(await indexedDB.databases()).some((info) => info.name === 'engagelens'));
        await frames(page, 10);
        assert.equal(await storedContents(page), null, 'nothing written after the delete');
        await screenshot(page, 'storage-deleted-en.png');
        await page.reload();
        await page.evaluate(() => window.engage.restored);
        assert.equal((await page.evaluate(() => window.engage.report())).kpis.length, 0);
        assert.equal(await storedContents(page), null);

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('turns storage on with a tap on the switch\'s label, on a 400 px touch screen', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', hasTouch: true, isMobile: true, deviceScaleFactor: 1,
            viewport: { width: 400, height: 3200 },
        });
        await page.evaluate(() => window.engage.restored);
        await pasteText(page, 'Follower;Likes;Kommentare\n5.000;200;50');
        await frames(page, 4);
        const box = await controlCentre(page, 'storage-toggle');
        await page.touchscreen.tap(box.x + 80, box.y); // on the label beside the box
        await page.waitForFunction(() => window.engage.controlRect('storage-inventory') !== null);
        assert.equal((await storedContents(page)).datasets.length, 1);
        await screenshot(page, 'storage-narrow-touch-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('switching storage off deletes what was stored', async () => {
        const { context, page, problems } = await app.open({
            locale: 'en-US', ...tall,
        });
        await page.evaluate(() => window.engage.restored);
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);
        await click(page, 'storage-toggle');
        await page.waitForFunction(() => window.engage.controlRect('storage-inventory') !== null);
        assert.equal((await storedContents(page)).datasets.length, 1);
        await click(page, 'storage-toggle');
        await page.waitForFunction(async () =>
            !(await indexedDB.databases()).some((info) => info.name === 'engagelens'));
        assert.deepEqual(problems, []);
        await context.close();
    });
});
