// Shared set-up of the browser tests: a static server for build/web on a free localhost port,
// headless Chromium (Debian's, driven by playwright-core), and the guards every test keeps:
// no console error, no request to another origin.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// ENGAGE_WEB_DIR: another build output, when several people build side by side.
export const webDir = process.env.ENGAGE_WEB_DIR || join(root, 'build', 'web');
export const screenshotDir = join(root, 'build', 'e2e');

const contentTypes = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.wasm': 'application/wasm',
};

// Serves build/web like any static host would: files only, no special headers.
export function serveWeb() {
    if (!existsSync(join(webDir, 'index.html')))
        throw new Error('build/web/index.html is missing: run scripts/build-web.sh first');
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
        const file = normalize(join(webDir, path === '/' ? 'index.html' : path));
        if (!file.startsWith(webDir) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, {
            'Content-Type': contentTypes[extname(file)] || 'application/octet-stream',
        });
        response.end(readFileSync(file));
    });
    return new Promise((resolveServer) => {
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            resolveServer({ server, origin: `http://127.0.0.1:${port}` });
        });
    });
}

// Headless WebGL2 through SwiftShader, and no background traffic of Chromium's own that would
// look like the page talking to the network. playwright-core's launch() starts every browser on
// a fresh temporary profile (it refuses a --user-data-dir flag), so nothing carries over.
export async function launchBrowser() {
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: [
            '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
            '--disable-quic', '--disable-background-networking', '--disable-component-update',
            '--no-first-run',
        ],
    });
    return { browser, close: () => browser.close() };
}

// The set-up every test file shares: a server for build/web and one Chromium, started before
// the file's (or the describe block's) tests and stopped after them. Returns the handle the
// tests use: `app.open(options)` is openApp on that browser and origin; `app.browser` and
// `app.origin` are there for tests that make their own context.
export function withApp() {
    const app = {
        browser: null,
        origin: null,
        open: (contextOptions) => openApp(app.browser, app.origin, contextOptions),
    };
    let server = null;
    let close = null;
    before(async () => {
        ({ server, origin: app.origin } = await serveWeb());
        ({ browser: app.browser, close } = await launchBrowser());
    });
    after(async () => {
        if (close)
            await close();
        if (server)
            server.close();
    });
    return app;
}

// A page on the app with the guards attached. `problems` collects console errors, page errors
// and requests to other origins; tests assert it stays empty.
export async function openApp(browser, origin, contextOptions = {}) {
    const context = await browser.newContext({
        deviceScaleFactor: 2,
        viewport: { width: 1280, height: 860 },
        ...contextOptions,
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => {
        if (message.type() === 'error')
            problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
            problems.push(`request to another origin: ${request.url()}`);
    });
    await page.goto(origin + '/');
    await page.evaluate(() => window.engage.ready);
    await frames(page);
    return { context, page, problems };
}

// Waits until the app has drawn `count` more frames.
export function frames(page, count = 3) {
    return page.evaluate((n) => new Promise((done) => {
        const step = () => (--n <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
    }), count);
}

// The centre of a control the app drew, in CSS pixels (window.engage.controlRect).
export async function controlCentre(page, id) {
    const rect = await page.evaluate((name) => window.engage.controlRect(name), id);
    if (!rect)
        throw new Error(`control ${id} was not drawn`);
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

export async function screenshot(page, name) {
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, name) });
}

export function kpi(report, id) {
    return report.kpis.find((k) => k.id === id);
}
