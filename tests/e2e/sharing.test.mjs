// Reports and sharing in headless Chromium: the TSV copy, the CSV/JSON/PNG/profile downloads,
// the print view (one page), the share link round trip into a fresh page without requests,
// the too-large message, and benchmark profiles (choose, edit a band, import good and bad).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

const germanTable = 'Follower;Likes;Kommentare\n5.000;200;50';
// Tall and at DPR 1: every card of the KPI panel is on screen without scrolling, and frames
// stay fast under SwiftShader.
const tall = { viewport: { width: 1280, height: 2300 }, deviceScaleFactor: 1 };

function pasteText(page, text) {
    return page.evaluate((content) => {
        const data = new DataTransfer();
        data.setData('text/plain', content);
        document.body.dispatchEvent(new ClipboardEvent('paste', {
            clipboardData: data, bubbles: true, cancelable: true,
        }));
    }, text);
}

async function click(page, id) {
    const { x, y } = await controlCentre(page, id);
    await page.mouse.click(x, y);
    await frames(page);
}

async function waitForControl(page, id) {
    await page.waitForFunction((name) => window.engage.controlRect(name) !== null, id);
}

async function downloadOf(page, id) {
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, id)]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('EngageLens reports and sharing', () => {
    const app = withApp();

    it('copies the key figures as a TSV table for Excel', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', ...tall,
        });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'],
                                       { origin: app.origin });
        await pasteText(page, germanTable);
        await frames(page);
        await click(page, 'report-copy');
        const tsv = await page.waitForFunction(async () => {
            const text = await navigator.clipboard.readText();
            return text.includes('\t') ? text : null;
        }).then((handle) => handle.jsonValue());
        const rows = tsv.trim().split('\r\n').map((line) => line.split('\t'));
        assert.equal(rows[0][0], 'Kennzahl');
        assert.equal(rows[0].length, 12);
        const rate = rows.find((row) => row[0].startsWith('Engagement-Rate'));
        assert.ok(rate, tsv);
        assert.equal(rate[1], '5,0 %');
        assert.equal(rate[2], '5'); // the plain number column
        assert.equal(rate[4], 'gut');
        await frames(page);
        await screenshot(page, 'sharing-copied-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('downloads CSV, JSON, PNG and the profile, all made in the page', async () => {
        const { context, page, problems } = await app.open({
            locale: 'en-US', acceptDownloads: true, ...tall,
        });
        const requests = [];
        page.on('request', (request) => requests.push(request.url()));
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);

        const csv = await downloadOf(page, 'report-csv');
        assert.equal(csv.name, 'engagelens-clipboard.csv');
        const csvText = csv.bytes.toString('utf8');
        assert.ok(csvText.startsWith('\ufeffKey figure,Value,Number,'), csvText.slice(0, 60));
        assert.match(csvText, /Engagement rate[^\r\n]*,5\.0 %,5,%,good,/);

        const json = await downloadOf(page, 'report-json');
        const report = JSON.parse(json.bytes.toString('utf8'));
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        assert.equal(report.profile.id, 'article');

        const png = await downloadOf(page, 'report-png');
        assert.equal(png.name, 'engagelens-clipboard.png');
        assert.deepEqual([...png.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
        assert.ok(png.bytes.length > 20000,
                  `a real picture, not a blank canvas (${png.bytes.length})`);

        await click(page, 'profile-details');
        const profile = await downloadOf(page, 'profile-export');
        assert.equal(profile.name, 'article.engagelens-profile.json');
        assert.equal(JSON.parse(profile.bytes.toString('utf8')).id, 'article');

        assert.deepEqual(requests.filter((url) => !url.startsWith('blob:')), [],
                         'no request for any of the downloads');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('shows a printable one-page summary inside the page', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', ...tall,
        });
        await pasteText(page, germanTable);
        await frames(page);
        await click(page, 'report-print');
        await page.waitForSelector('#print-view .print-sheet h1');
        const sheet = await page.textContent('#print-view .print-sheet');
        assert.match(sheet, /EngageLens – Zusammenfassung/);
        assert.match(sheet, /Engagement-Rate/);
        assert.match(sheet, /5,0\u00a0?\s?%/);
        assert.match(sheet, /gut/);
        assert.match(sheet, /\b1 Zeile(?!n)/, 'one row is "1 Zeile", not "1 Zeilen"');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'print-now',
                     'the Print button has the keyboard');
        await page.screenshot({ path: 'build/e2e/sharing-print-view-de.png' });

        const pdf = await page.pdf({ format: 'A4' });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || [];
        assert.equal(pages.length, 1, 'the summary prints on one page');

        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'print-close',
                     'Tab moves to Close');
        await page.keyboard.press('Escape');
        assert.equal(await page.$('#print-view'), null, 'Escape closes the view');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('round-trips a share link into a fresh page without any request', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', ...tall,
        });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'],
                                       { origin: app.origin });
        await pasteText(page, 'Basis;Likes;Kommentare\n12.000;300;60');
        await frames(page);
        // A correction (role override) and a profile other than the default: both must travel.
        await click(page, 'role-0');
        await click(page, 'role-0-followers');
        await click(page, 'profile-combo');
        await click(page, 'profile-instagram_5k_20k');
        await click(page, 'language-en');
        const original = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(original, 'engagement_rate').value, 3);
        assert.match(kpi(original, 'engagement_rate').rating_source, /HypeAuditor 2018/);

        await click(page, 'share-link');
        await waitForControl(page, 'share-warning');
        await frames(page);
        await screenshot(page, 'sharing-link-en.png');
        await click(page, 'share-link-copy');
        const link = await page.waitForFunction(async () => {
            const text = await navigator.clipboard.readText();
            return text.includes('#share=') ? text : null;
        }).then((handle) => handle.jsonValue());
        assert.ok(link.startsWith(app.origin + '/#share='), link.slice(0, 80));
        await context.close();

        // A fresh context: nothing carried over but the link.
        const fresh = await app.browser.newContext({ locale: 'de-DE', ...tall });
        const freshPage = await fresh.newPage();
        const requests = [];
        const errors = [];
        freshPage.on('request', (request) => requests.push(request.url()));
        freshPage.on('console', (message) => {
            if (message.type() === 'error')
                errors.push(message.text());
        });
        await freshPage.goto(link);
        await freshPage.evaluate(() => window.engage.restored);
        await frames(freshPage);
        const restored = await freshPage.evaluate(() => window.engage.report());
        assert.equal(await freshPage.evaluate(() => window.engage.language()), 'en');
        assert.deepEqual(restored.kpis, original.kpis);
        assert.deepEqual(restored.input.columns, original.input.columns);
        await screenshot(freshPage, 'sharing-link-opened-en.png');

        const own = ['/', '/start.js', '/index.js', '/index.wasm', '/bridge.js', '/reports.js',
                     '/storage.js', '/offline.js', '/style.css', '/print.css', '/sw.js'];
        for (const url of requests) {
            const parsed = new URL(url);
            assert.equal(parsed.origin, app.origin, `request to another origin: ${url}`);
            assert.ok(own.includes(parsed.pathname), `only the app's own files: ${url}`);
            assert.ok(!url.includes('share='), 'the fragment is never sent');
        }
        assert.deepEqual(errors, []);
        assert.deepEqual(problems, []);
        await fresh.close();
    });

    it('says clearly when the data is too large for a link', async () => {
        const { context, page, problems } = await app.open({
            locale: 'en-US', ...tall,
        });
        // Distinct pseudo-random numbers: they do not compress below the 32 KB limit.
        let seed = 7;
        const rows = ['Followers,Likes,Comments'];
        for (let i = 0; i < 6000; ++i) {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            rows.push(`${10000 + (seed % 90000)},${seed % 997},${seed % 89}`);
        }
        await page.evaluate((text) => window.engage.loadText(text, 'big.csv'), rows.join('\n'));
        await frames(page);
        await click(page, 'share-link');
        await waitForControl(page, 'share-too-large');
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.controlRect('share-link-text')), null,
                     'no link is offered');
        await screenshot(page, 'sharing-too-large-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('rates with a chosen profile, an edited band and an imported file; a bad file gets ' +
       'the engine\'s message', async () => {
        const { context, page, problems } = await app.open({
            locale: 'en-US', acceptDownloads: true, ...tall,
        });
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);
        assert.equal(kpi(await page.evaluate(() => window.engage.report()),
                         'engagement_rate').rating,
                     'good');

        // The suggestion for 5,000 followers is HypeAuditor's 5-20K tier.
        await click(page, 'profile-use-suggested');
        let rate = kpi(await page.evaluate(() => window.engage.report()), 'engagement_rate');
        assert.match(rate.rating_source, /HypeAuditor 2018/);
        assert.equal(rate.rating, 'above_median');
        await screenshot(page, 'profile-suggested-en.png');

        // Edit the boundary between "typical" and "above" (3.76 %) to 6 %: 5 % becomes typical.
        await click(page, 'profile-details');
        await click(page, 'profile-edit');
        const field = await controlCentre(page, 'band-upper-engagement_rate-2');
        await page.mouse.dblclick(field.x, field.y);
        await page.keyboard.press('Control+A');
        await page.keyboard.type('6');
        await page.keyboard.press('Enter');
        await frames(page);
        rate = kpi(await page.evaluate(() => window.engage.report()), 'engagement_rate');
        assert.equal(rate.rating, 'typical', JSON.stringify(rate.rating_bands));
        await screenshot(page, 'profile-edited-en.png');

        // Export the edited profile, go back to the built-in, import the export again.
        const exported = await downloadOf(page, 'profile-export');
        await click(page, 'profile-reset');
        assert.equal(kpi(await page.evaluate(() => window.engage.report()),
                         'engagement_rate').rating,
                     'above_median');
        let [chooser] = await Promise.all([page.waitForEvent('filechooser'),
                                           click(page, 'profile-import')]);
        await chooser.setFiles({ name: 'mine.json', mimeType: 'application/json',
                                 buffer: exported.bytes });
        await page.waitForFunction(() => window.engage.report().kpis
            .find((k) => k.id === 'engagement_rate').rating === 'typical');
        // The import's status line moves the buttons: click where they are drawn now.
        await frames(page);

        [chooser] = await Promise.all([page.waitForEvent('filechooser'),
                                       click(page, 'profile-import')]);
        await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json',
                                 buffer: Buffer.from('{"format": "engagelens-benchmark-profile",'
                                                     + ' "version": 1, "id": 3}') });
        await frames(page, 4);
        rate = kpi(await page.evaluate(() => window.engage.report()), 'engagement_rate');
        assert.equal(rate.rating, 'typical', 'a bad file changes nothing');
        await screenshot(page, 'profile-import-error-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('regression: a damaged share link gets a clear message in the UI language', async () => {
        for (const [locale, expected] of [['de-DE', /^Dieser geteilte Link ist beschädigt/],
                                          ['en-US', /^This share link is damaged/]]) {
            const context = await app.browser.newContext({ locale, ...tall });
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (error) => errors.push(error.message));
            await page.goto(app.origin + '/#share=AAAA');
            await page.evaluate(() => window.engage.ready);
            const status = await page.waitForFunction(() => window.engage.statusText() || null)
                .then((handle) => handle.jsonValue());
            assert.match(status, expected);
            assert.doesNotMatch(status, /fetch|Failed|TypeError/i, status);
            await frames(page);
            await screenshot(page, `sharing-damaged-link-${locale.slice(0, 2)}.png`);
            assert.deepEqual(errors, []);
            await context.close();
        }
    });

    it('regression: a download\'s status does not stay for good', async () => {
        const { context, page, problems } = await app.open({
            locale: 'en-US', acceptDownloads: true, ...tall,
        });
        await pasteText(page, 'Followers,Likes,Comments\n5000,200,50');
        await frames(page);
        const csv = await downloadOf(page, 'report-csv');
        await page.waitForFunction((name) => window.engage.statusText().endsWith(name), csv.name);
        const png = await downloadOf(page, 'report-png');
        assert.match(png.name, /\.png$/);
        const status = await page.waitForFunction((name) =>
            (window.engage.statusText().endsWith(name) ? window.engage.statusText() : null),
                                                  png.name).then((handle) => handle.jsonValue());
        assert.equal(status, `Saved as download: ${png.name}`, 'replaced by the new action');
        await screenshot(page, 'sharing-status-png-en.png');
        const start = Date.now();
        await page.waitForFunction(() => window.engage.statusText() === '', null,
                                   { timeout: 15000 });
        assert.ok(Date.now() - start > 2000, 'shown long enough to be read');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
