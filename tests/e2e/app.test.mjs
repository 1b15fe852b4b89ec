// The web app in headless Chromium at devicePixelRatio 2: paste, file upload, language switch,
// touch, and the privacy guards (no console error, no request to another origin).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

const germanTable = 'Follower;Likes;Kommentare\n5.000;200;50';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedData = process.env.ENGAGE_SHARED_DATA || join(root, '..', 'shared', 'data');
const facebookAds = join(sharedData, 'ads', 'facebook-ads-KAG_conversion_data.csv');

// A paste as the browser delivers it: a ClipboardEvent carrying a DataTransfer.
function pasteText(page, text) {
    return page.evaluate((content) => {
        const data = new DataTransfer();
        data.setData('text/plain', content);
        const event = new ClipboardEvent('paste', {
            clipboardData: data, bubbles: true, cancelable: true,
        });
        (document.activeElement || document.body).dispatchEvent(event);
    }, text);
}

// Types like a German keyboard: every character is a real key press with its keypress event.
// (Playwright's keyboard.type sends characters outside the US layout as an `input` event, which
// a canvas never receives.)
async function typeOnKeyboard(page, text) {
    const session = await page.context().newCDPSession(page);
    for (const ch of text) {
        if (ch === '\n') {
            await page.keyboard.press('Enter');
        } else if (/^[\x20-\x7e]$/.test(ch)) {
            await page.keyboard.press(ch);
        } else {
            await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch });
            await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
        }
    }
    await session.detach();
}

// An Excel "Unicode text" export: UTF-16LE with a byte-order mark, tab-separated.
function utf16leFile(text) {
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('EngageLens web app', () => {
    const app = withApp();

    it('rates a German table pasted through a real paste event', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        assert.equal(await page.evaluate(() => window.engage.language()), 'de');
        await screenshot(page, 'start-de.png');

        await pasteText(page, germanTable);
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        const rate = kpi(report, 'engagement_rate');
        assert.ok(rate, 'engagement_rate is in the report');
        assert.equal(rate.value, 5);
        assert.equal(rate.rating, 'good');
        assert.equal(report.input.delimiter, ';');
        await screenshot(page, 'paste-de.png');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('loads only one build: wasm SIMD, or the scalar one where SIMD is refused', async () => {
        for (const simd of [true, false]) {
            const context = await app.browser.newContext({
                locale: 'de-DE', deviceScaleFactor: 2, viewport: { width: 1280, height: 860 },
            });
            const page = await context.newPage();
            const problems = [];
            page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
            const loaded = [];
            page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
            // A browser without wasm SIMD: its WebAssembly.validate refuses start.js's probe.
            if (!simd)
                await page.addInitScript(() => { WebAssembly.validate = () => false; });
            await page.goto(app.origin + '/');
            await page.evaluate(() => window.engage.ready);
            await pasteText(page, germanTable);
            await frames(page);
            const report = await page.evaluate(() => window.engage.report());
            assert.equal(kpi(report, 'engagement_rate').value, 5);

            const build = simd ? 'index' : 'index-scalar';
            const other = simd ? 'index-scalar' : 'index';
            assert.ok(loaded.includes(`/${build}.wasm`) && loaded.includes(`/${build}.js`),
                      loaded.join());
            assert.ok(!loaded.includes(`/${other}.wasm`) && !loaded.includes(`/${other}.js`),
                      loaded.join());
            assert.deepEqual(problems, []);
            await context.close();
        }
    });

    it('pastes into the table editor when it has the keyboard', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        const editor = await controlCentre(page, 'table-editor');
        await page.mouse.click(editor.x, editor.y);
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.report().kpis.length), 0);

        await pasteText(page, 'Follower;Likes;Kommentare\n');
        await frames(page);
        await pasteText(page, '5.000;200;50');
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5);

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('analyses what the user types into the editor, umlauts included', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        const editor = await controlCentre(page, 'table-editor');
        await page.mouse.click(editor.x, editor.y);
        await frames(page);
        await typeOnKeyboard(page, 'Follower;Gefällt mir;Kommentare\n5000;180;70');
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.deepEqual(report.input.columns.map((c) => c.role),
                         ['followers', 'likes', 'comments']);
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        await screenshot(page, 'typed-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('reads a UTF-16 file chosen through the file input', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        const table = 'Page\tSessions\tBounces\tConversions\r\n' +
                      '/\t1200\t540\t30\r\n/pricing\t800\t160\t50\r\n';
        await page.setInputFiles('#file-input', {
            name: 'export.txt', mimeType: 'text/plain', buffer: utf16leFile(table),
        });
        await page.waitForFunction(() => window.engage.report().input.name === 'export.txt');
        await frames(page);

        const report = await page.evaluate(() => window.engage.report());
        assert.match(report.input.encoding, /UTF-16LE/);
        assert.ok(['\t', 'Tab'].includes(report.input.delimiter), report.input.delimiter);
        assert.equal(report.input.row_count, 2);
        const bounce = kpi(report, 'bounce_rate');
        assert.ok(bounce, 'bounce_rate is in the report');
        assert.equal(bounce.value, 35); // (540 + 160) / (1200 + 800): a ratio of totals
        assert.equal(bounce.rating, 'normal');
        await screenshot(page, 'file-utf16-en.png');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('opens the file dialog from the "Open file" button', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        const button = await controlCentre(page, 'open-file');
        const [chooser] = await Promise.all([
            page.waitForEvent('filechooser'),
            page.mouse.click(button.x, button.y),
        ]);
        await chooser.setFiles({
            name: 'beitraege.csv', mimeType: 'text/csv',
            buffer: Buffer.from('\ufeffFollower;Gefällt mir;Kommentare\r\n2.400;96;24\r\n'),
        });
        await page.waitForFunction(() => window.engage.report().input.name === 'beitraege.csv');
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5); // 2.400 is 2400, not 2.4
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('lets the user override a column role from its dropdown', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        await pasteText(page, 'Basis;Likes;Comments\n5000;200;50');
        await frames(page);
        const before = kpi(await page.evaluate(() => window.engage.report()), 'engagement_rate');
        assert.ok(!before || before.value === null, 'no followers column before the override');

        const combo = await controlCentre(page, 'role-0');
        await page.mouse.click(combo.x, combo.y);
        await frames(page);
        const option = await controlCentre(page, 'role-0-followers');
        await page.mouse.click(option.x, option.y);
        await frames(page);
        const report = await page.evaluate(() => window.engage.report());
        assert.equal(kpi(report, 'engagement_rate').value, 5);
        await screenshot(page, 'role-override-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('switches language by clicking, and back', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await pasteText(page, germanTable);
        await frames(page);
        const german = kpi(await page.evaluate(() => window.engage.report()),
                           'engagement_rate');

        const english = await controlCentre(page, 'language-en');
        await page.mouse.click(english.x, english.y);
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.language()), 'en');
        const inEnglish = kpi(await page.evaluate(() => window.engage.report()),
                              'engagement_rate');
        assert.equal(inEnglish.value, german.value);
        assert.notEqual(inEnglish.formula, german.formula, 'the formula text follows the language');
        await screenshot(page, 'paste-en.png');

        const back = await controlCentre(page, 'language-de');
        await page.mouse.click(back.x, back.y);
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.language()), 'de');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('names an unverified source and a missing year in both languages', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await pasteText(page, 'Wie wahrscheinlich würden Sie uns weiterempfehlen?\n'
                              + '10\n9\n0\n7\n8\n10\n3\n9\n6\n10');
        await frames(page);
        // The suggestion for an NPS survey is the NPS profile; its band 0-31 rests on
        // Delighted's 31, which was not found in a publication.
        const use = await controlCentre(page, 'profile-use-suggested');
        await page.mouse.click(use.x, use.y);
        await frames(page);
        const german = kpi(await page.evaluate(() => window.engage.report()), 'nps');
        assert.equal(german.value, 20);
        assert.equal(german.rating, 'good');
        assert.match(german.rating_source, /CustomerGauge, ohne Jahresangabe/);
        assert.match(german.rating_source, /Delighted, ohne Jahresangabe, nicht geprüft/);
        const details = await controlCentre(page, 'profile-details');
        await page.mouse.click(details.x, details.y);
        await frames(page);
        await screenshot(page, 'profile-sources-de.png');

        await page.evaluate(() => window.engage.setLanguage('en'));
        await frames(page);
        const english = kpi(await page.evaluate(() => window.engage.report()), 'nps');
        assert.match(english.rating_source, /CustomerGauge, year not stated/);
        assert.match(english.rating_source, /Delighted, year not stated, not verified/);
        await screenshot(page, 'profile-sources-en.png');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('makes text larger for a projector (A+) and stays crisp', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await pasteText(page, germanTable);
        for (let i = 0; i < 2; ++i) {
            const larger = await controlCentre(page, 'zoom-in');
            await page.mouse.click(larger.x, larger.y);
            await frames(page);
        }
        await screenshot(page, 'zoom-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('loads every built-in sample from the menu', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        const expected = {
            instagram: 'engagement_rate', web: 'bounce_rate', ads: 'click_through_rate',
            nps: 'nps', key_value: 'engagement_rate',
        };
        for (const [sample, kpiId] of Object.entries(expected)) {
            const menu = await controlCentre(page, 'samples');
            await page.mouse.click(menu.x, menu.y);
            await frames(page);
            const item = await controlCentre(page, `sample-${sample}`);
            await page.mouse.click(item.x, item.y);
            await frames(page);
            const report = await page.evaluate(() => window.engage.report());
            assert.ok(kpi(report, kpiId), `${sample}: ${kpiId} is computed`);
            await screenshot(page, `sample-${sample}-de.png`);
        }
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('takes taps on a touch screen where they land, in a narrow layout', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', hasTouch: true, isMobile: true,
            viewport: { width: 400, height: 820 },
        });
        const example = await controlCentre(page, 'try-example');
        await page.touchscreen.tap(example.x, example.y);
        await frames(page);
        assert.equal(kpi(await page.evaluate(() => window.engage.report()),
                         'engagement_rate').value, 5);

        const english = await controlCentre(page, 'language-en');
        await page.touchscreen.tap(english.x, english.y);
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.language()), 'en');
        await screenshot(page, 'narrow-touch-en.png');

        // A finger dragged down scrolls back up to the editor (the load scrolled to the results).
        const editorTop = async () => (await page.evaluate(() =>
            window.engage.controlRect('table-editor'))).y;
        const session = await context.newCDPSession(page);
        const touchPoint = (y) => ({ touchPoints: [{ x: 200, y }] });
        const editorBefore = await editorTop();
        await session.send('Input.dispatchTouchEvent', { type: 'touchStart', ...touchPoint(200) });
        for (let y = 240; y <= 640; y += 40)
            await session.send('Input.dispatchTouchEvent', { type: 'touchMove', ...touchPoint(y) });
        await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await frames(page, 6);
        const editorAfter = await editorTop();
        assert.ok(editorAfter > editorBefore + 100,
                  `the drag scrolled the content down (${editorBefore} -> ${editorAfter})`);
        assert.equal(await page.evaluate(() => window.engage.language()), 'en',
                     'a drag is not a tap');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('regression: a CTR of 0.0179 % shows its digits, not "0.0 %", and fits its card',
       async (t) => {
           if (!existsSync(facebookAds))
               return t.skip(`${facebookAds} not found: ../shared/data is absent`);
           const bytes = [...readFileSync(facebookAds)];
           const sizes = [
               { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 },
               { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 2 },
               { viewport: { width: 400, height: 860 }, deviceScaleFactor: 1 },
               { viewport: { width: 400, height: 860 }, deviceScaleFactor: 2 },
           ];
           for (const size of sizes) {
               const { context, page, problems } = await app.open(size);
               await page.evaluate(([data, name]) => window.engage.loadBytes(
                   new Uint8Array(data), name), [bytes, 'facebook-ads.csv']);
               await frames(page, 4);
               const ctr = kpi(await page.evaluate(() => window.engage.report()),
                               'click_through_rate');
               assert.equal(ctr.display, '0.0179 %');
               const rect = (id) => page.evaluate((name) => window.engage.controlRect(name), id);
               const value = await rect('kpi-value-click_through_rate');
               const conversion = await rect('kpi-value-conversion_rate');
               const label = `${size.viewport.width} px at DPR ${size.deviceScaleFactor}`;
               // "0.0179 %" has three characters more than "8.6 %"; "0.0 %" would be as wide.
               assert.ok(value.width > conversion.width * 1.3,
                         `${label}: the value shows its digits (${value.width} px wide vs. ` +
                         `${conversion.width} px for 8.6 %)`);
               assert.ok(value.x + value.width < size.viewport.width - 30,
                         `${label}: the value ends at ${value.x + value.width} px, in the card`);
               assert.deepEqual(problems, []);
               await context.close();
           }
       });

    it('regression: every top-bar and data-panel control is on screen at 360 px (German, touch)',
       async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', hasTouch: true, isMobile: true,
            viewport: { width: 360, height: 760 },
        });
        await screenshot(page, 'top-bar-360-de.png');
        for (const id of ['presentation-toggle', 'language-de', 'language-en', 'zoom-out',
                          'zoom-in', 'open-file', 'samples', 'clear', 'table-editor']) {
            const rect = await page.evaluate((name) => window.engage.controlRect(name), id);
            assert.ok(rect, `${id} was drawn`);
            assert.ok(rect.x >= 0 && rect.x + rect.width <= 360,
                      `${id} lies within the 360 px viewport: ${JSON.stringify(rect)}`);
        }
        const zoomIn = await controlCentre(page, 'zoom-in');
        await page.touchscreen.tap(zoomIn.x, zoomIn.y);
        await frames(page);
        const larger = await page.evaluate(() => window.engage.controlRect('zoom-in'));
        assert.ok(larger.x + larger.width <= 360, 'still on screen after A+');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('regression: <html lang> follows the UI language', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        const lang = () => page.evaluate(() => document.documentElement.lang);
        assert.equal(await lang(), 'de');
        const english = await controlCentre(page, 'language-en');
        await page.mouse.click(english.x, english.y);
        await frames(page);
        assert.equal(await lang(), 'en');
        await page.evaluate(() => window.engage.setLanguage('de'));
        await frames(page);
        assert.equal(await lang(), 'de');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('regression: the file picker offers access logs (.log) besides CSV and TSV', async () => {
        const { context, page, problems } = await app.open();
        const accept = await page.evaluate(() =>
            document.getElementById('file-input').accept.split(','));
        for (const type of ['.csv', '.tsv', '.txt', '.tab', '.log'])
            assert.ok(accept.includes(type), `${type} in ${accept}`);
        assert.deepEqual(problems, []);
        await context.close();
    });
});
