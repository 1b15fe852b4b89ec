// Offline use in headless Chromium: the single file build/offline/engagelens.html opened from
// file:// (no server, no network, a strict hash-based CSP), and the hosted build starting again
// from its service worker once the network is gone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    frames, kpi, openApp, screenshot, serveWeb, webDir, withApp,
} from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// build/web -> build/offline/engagelens.html; build/web-NAME -> build/web-NAME-offline/...
const offlineFile = process.env.ENGAGE_OFFLINE_FILE ||
    (basename(webDir) === 'web' && dirname(webDir) === join(root, 'build')
        ? join(root, 'build', 'offline', 'engagelens.html')
        : `${webDir}-offline/engagelens.html`);

function pasteText(page, text) {
    return page.evaluate((content) => {
        const data = new DataTransfer();
        data.setData('text/plain', content);
        document.body.dispatchEvent(new ClipboardEvent('paste', {
            clipboardData: data, bubbles: true, cancelable: true,
        }));
    }, text);
}

describe('EngageLens offline', () => {
    // The second test serves its own copy: it stops that server to take the network away.
    const app = withApp();

    it('works as one file opened from file://, with no request at all', async () => {
        assert.ok(existsSync(offlineFile), `${offlineFile} is missing: run scripts/build-web.sh`);
        const html = readFileSync(offlineFile, 'utf8');
        const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
        assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'self'/);
        assert.match(policy, /connect-src 'none'/);
        assert.match(policy, /script-src 'sha256-/);
        assert.doesNotMatch(html, /<script[^>]* src=|<link rel="stylesheet"/);

        const context = await app.browser.newContext({
            locale: 'de-DE', deviceScaleFactor: 2, viewport: { width: 1280, height: 860 },
        });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => {
            if (message.type() === 'error')
                problems.push(`console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        const url = pathToFileURL(offlineFile).href;
        page.on('request', (request) => {
            if (request.url() !== url && !request.url().startsWith('blob:') &&
                !request.url().startsWith('data:'))
                problems.push(`request: ${request.url()}`);
        });
        await page.goto(url);
        await page.evaluate(() => window.engage.restored);
        await frames(page);
        await pasteText(page, 'Follower;Likes;Kommentare\n5.000;200;50');
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        assert.equal(kpi(report, 'engagement_rate').rating, 'good');
        await screenshot(page, 'offline-file-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('runs the scalar build from the one file where wasm SIMD is refused', async () => {
        const context = await app.browser.newContext({ locale: 'en-US' });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (message) => {
            if (message.type() === 'error')
                problems.push(`console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        // A browser without wasm SIMD: its WebAssembly.validate refuses start.js's probe.
        await page.addInitScript(() => { WebAssembly.validate = () => false; });
        await page.goto(pathToFileURL(offlineFile).href);
        await page.evaluate(() => window.engage.ready);
        assert.equal(await page.evaluate(() => self.engageBuild()), 'index-scalar');
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);
        assert.equal(kpi(await page.evaluate(() => window.engage.report()),
                         'engagement_rate').value, 5);
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('starts the hosted app from its service worker once the network is gone', async () => {
        const { server, origin } = await serveWeb();
        const { context, page, problems } = await openApp(app.browser, origin, {
            locale: 'en-US',
        });
        // The first visit installs the worker and fills its cache.
        await page.evaluate(async () => {
            await navigator.serviceWorker.ready;
            if (!navigator.serviceWorker.controller)
                await new Promise((done) => navigator.serviceWorker
                    .addEventListener('controllerchange', done, { once: true }));
        });
        const cached = await page.evaluate(async () => {
            const keys = await caches.keys();
            const cache = await caches.open(keys.find((key) => key.startsWith('engagelens-')));
            return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
        });
        assert.ok(cached.includes('/index.wasm') && cached.includes('/index.js'), cached.join());
        assert.ok(!cached.some((path) => path.startsWith('/index-scalar')),
                  'a browser with wasm SIMD never downloads the scalar build');
        assert.ok(cached.every((path) => !path.includes('share=')), 'only the app\'s own files');

        // No network, and no server either.
        await context.setOffline(true);
        await new Promise((done) => server.close(done));
        await page.reload();
        await page.evaluate(() => window.engage.ready);
        await frames(page);
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        await screenshot(page, 'offline-service-worker-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
