// The Seminar view in headless Chromium at devicePixelRatio 2: presentation mode (projector
// theme, large text, a figure full screen, Esc), the built-in example cases loaded by a click,
// and the guided tour stepped with the keyboard. Screenshots in German and English, wide and
// 400 px, land in build/e2e/trainer-*.png.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

async function click(page, id) {
    const { x, y } = await controlCentre(page, id);
    await page.mouse.click(x, y);
    await frames(page, 4);
}

async function press(page, key) {
    await page.keyboard.press(key);
    await frames(page, 4);
}

const report = (page) => page.evaluate(() => window.engage.report());
const rect = (page, id) => page.evaluate((name) => window.engage.controlRect(name), id);

// The colour of one CSS pixel of the page as drawn, read from a screenshot decoded in a blank
// page of the same browser (the app's own page keeps its CSP untouched).
async function pixel(page, x, y) {
    const png = (await page.screenshot()).toString('base64');
    const scratch = await page.context().newPage();
    try {
        return await scratch.evaluate(async ([data, px, py]) => {
            const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d');
            context.drawImage(bitmap, 0, 0);
            const scale = bitmap.width / window.innerWidth;
            const [r, g, b] = context.getImageData(Math.round(px * scale), Math.round(py * scale),
                                                   1, 1).data;
            return [r, g, b];
        }, [png, x, y]);
    } finally {
        await scratch.close();
    }
}

const close = (value, expected, tolerance = 1e-6) =>
    assert.ok(Math.abs(value - expected) <= tolerance, `${value} is not ${expected}`);

describe('Seminar view', () => {
    const app = withApp();

    it('turns presentation mode on from the top bar and off with Esc', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await click(page, 'view-trainer');
        const before = await rect(page, 'language-de');
        assert.deepEqual(await pixel(page, 4, 4), [0xee, 0xf1, 0xf5], 'everyday page colour');

        await click(page, 'presentation-toggle');
        await frames(page, 4); // the fonts are rebuilt for the larger size in the next frame
        const during = await rect(page, 'language-de');
        assert.ok(during.height > before.height * 1.4,
                  `larger controls: ${before.height} -> ${during.height}`);
        assert.deepEqual(await pixel(page, 4, 4), [255, 255, 255], 'white projector ground');
        await screenshot(page, 'trainer-presentation-de.png');

        await press(page, 'Escape');
        await frames(page, 4);
        const afterwards = await rect(page, 'language-de');
        close(afterwards.height, before.height, 0.5);
        assert.deepEqual(await pixel(page, 4, 4), [0xee, 0xf1, 0xf5], 'everyday theme is back');

        // The Seminar view's own switch does the same, and its second click leaves again.
        await click(page, 'presentation-mode');
        assert.deepEqual(await pixel(page, 4, 4), [255, 255, 255]);
        await click(page, 'presentation-mode');
        assert.deepEqual(await pixel(page, 4, 4), [0xee, 0xf1, 0xf5]);

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('loads each example case with a click', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        await click(page, 'view-trainer');

        await click(page, 'case-starbucks');
        let result = await report(page);
        assert.equal(result.input.name, 'my-starbucks-idea.csv');
        // 277 implemented of 150,000 submitted ideas: the calculator's conversion rate.
        close(kpi(result, 'conversion_rate').value, 277 / 150000 * 100);
        assert.deepEqual(result.input.columns.map((c) => c.role),
                         ['none', 'label', 'visits', 'conversions', 'none']);
        await screenshot(page, 'trainer-case-starbucks-en.png');

        await click(page, 'case-pril');
        result = await report(page);
        assert.equal(result.input.name, 'pril-wettbewerb-uebung.csv');
        const pril = kpi(result, 'engagement_rate');
        close(pril.value, 15.83652, 1e-4);
        assert.equal(pril.rating, 'high');

        await click(page, 'case-instagram');
        result = await report(page);
        assert.equal(result.input.delimiter, ';');
        assert.equal(result.input.row_count, 6);
        close(kpi(result, 'engagement_rate').value, 10.87965, 1e-4);
        close(kpi(result, 'engagement_rate_by_reach').value, 6.10127, 1e-4);
        close(kpi(result, 'reach').value, 9586);
        assert.deepEqual(result.problems, [], 'the German decimal commas read cleanly');

        await click(page, 'case-seminar_nps');
        result = await report(page);
        const nps = kpi(result, 'nps');
        close(nps.value, 37.5);
        assert.match(nps.formula, /9 promoters, 4 passives, 3 detractors of 16 answers/);

        await click(page, 'case-shop_log');
        result = await report(page);
        assert.equal(result.input.shape, 'hit_table');
        assert.equal(kpi(result, 'sessions').value, 9); // v03's 43-minute pause splits a visit
        close(kpi(result, 'bounce_rate').value, 100 / 3);
        close(kpi(result, 'time_on_site').value, 213);
        close(kpi(result, 'conversion_rate').value, 100 / 3);
        close(kpi(result, 'conversion_rate_per_visitor').value, 37.5);
        await screenshot(page, 'trainer-case-shop-en.png');

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('shows a key figure full screen, switches with arrows and leaves with Esc', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await click(page, 'view-trainer');
        await click(page, 'presentation-toggle');
        await click(page, 'case-instagram');
        await click(page, 'trainer-full-screen');
        await screenshot(page, 'trainer-presentation-section-de.png');
        await click(page, 'fullscreen-engagement_rate');
        assert.ok(await rect(page, 'fullscreen-leave'), 'the full-screen view is open');
        await screenshot(page, 'trainer-fullscreen-de.png');

        await press(page, 'ArrowRight');
        await screenshot(page, 'trainer-fullscreen-next-de.png');
        await press(page, 'Escape');
        assert.equal(await rect(page, 'fullscreen-leave'), null, 'Esc closes the full screen');
        assert.deepEqual(await pixel(page, 4, 4), [255, 255, 255], 'still presenting');

        // The visible button closes it too.
        await click(page, 'fullscreen-reach');
        await click(page, 'fullscreen-leave');
        assert.equal(await rect(page, 'fullscreen-leave'), null);

        assert.deepEqual(problems, []);
        await context.close();
    });

    it('shows the nine-category matrix full screen for the room', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await click(page, 'view-trainer');
        await click(page, 'presentation-toggle');
        await click(page, 'trainer-full-screen');
        await click(page, 'fullscreen-matrix');
        await frames(page, 5);
        assert.ok(await rect(page, 'fullscreen-leave'), 'the full-screen view is open');

        // The matrix holds the example activities (the taxonomy view was never opened), and its
        // cells share the screen: three rows fill most of the 860 px.
        await screenshot(page, 'trainer-fullscreen-matrix-de.png');
        const cell = await rect(page, 'tax-cell-customer_activity');
        assert.ok(cell, 'the matrix is drawn');
        assert.ok(cell.height > 120 && cell.width > 250, JSON.stringify(cell));
        const bottom = await rect(page, 'tax-cell-third_party_activity');
        const end = bottom.y + bottom.height;
        assert.ok(end <= 860 && end > 860 * 0.75, `the last row ends at ${end} of 860 px`);
        const sorted = await page.evaluate(() => window.engage.taxonomy());
        assert.ok(sorted.items.length > 0, 'the example activities are sorted');

        await press(page, 'Escape');
        assert.equal(await rect(page, 'fullscreen-leave'), null, 'Esc closes the full screen');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('steps through the guided tour with the keyboard', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await click(page, 'view-trainer');
        await click(page, 'trainer-tour');
        await screenshot(page, 'trainer-tour-start-de.png');

        // Each step loads its table: [key, KPI id, expected value].
        const steps = [
            ['ArrowRight', 'click_through_rate', 1.7], // 1: dimensions, 204 / 12,000
            ['ArrowRight', 'engagement_rate', 5],      // 2: 250 / 5,000
            ['PageDown', 'click_through_rate', 1.7],   // 3: 17 / 1,000
            ['ArrowRight', 'bounce_rate', 45],         // 4: 450 / 1,000
            ['ArrowRight', 'time_on_site', 95],        // 5: weighted by visits
            ['ArrowRight', 'conversion_rate', 2.5],    // 6: 50 / 2,000
            ['ArrowRight', 'nps', 30],                 // 7: 50 % - 20 %
        ];
        for (const [key, id, value] of steps) {
            await press(page, key);
            const result = await report(page);
            const figure = kpi(result, id);
            assert.ok(figure, `${id} after ${key}`);
            close(figure.value, value, 1e-9);
        }
        const firstTour = (await report(page)).input.name;
        assert.equal(firstTour, 'tour-7-nps.csv');
        await screenshot(page, 'trainer-tour-nps-de.png');

        await press(page, 'ArrowRight'); // 8: customer journey, no table of its own
        assert.equal((await report(page)).input.name, 'tour-7-nps.csv');
        await press(page, 'ArrowLeft');
        await press(page, 'PageUp');
        assert.equal((await report(page)).input.name, 'tour-6-konversionsrate.csv');
        close(kpi(await report(page), 'conversion_rate_per_visitor').value, 3.125);

        // The buttons step as well.
        await click(page, 'tour-back');
        assert.equal((await report(page)).input.name, 'tour-5-verweildauer.csv');
        await click(page, 'tour-next');
        assert.equal((await report(page)).input.name, 'tour-6-konversionsrate.csv');

        assert.deepEqual(problems, []);
        await context.close();
    });

    for (const [language, locale] of [['de', 'de-DE'], ['en', 'en-US']]) {
        it(`fits 400 px without pinching (${language})`, async () => {
            const { context, page, problems } = await app.open({
                locale, viewport: { width: 400, height: 860 },
            });
            await click(page, 'view-trainer');
            await click(page, 'case-starbucks');
            for (const id of ['case-starbucks', 'case-shop_log', 'trainer-tour',
                              'presentation-mode', 'presentation-toggle']) {
                const box = await rect(page, id);
                assert.ok(box, `${id} is drawn`);
                assert.ok(box.x >= 0 && box.x + box.width <= 400, `${id} inside 400 px`);
            }
            // Touch targets: the Seminar view's buttons are at least 40 CSS px high.
            assert.ok((await rect(page, 'case-starbucks')).height >= 40);
            assert.ok((await rect(page, 'trainer-tour')).height >= 40);
            await screenshot(page, `trainer-narrow-${language}.png`);

            await click(page, 'presentation-toggle');
            await screenshot(page, `trainer-narrow-presentation-${language}.png`);
            const toggle = await rect(page, 'presentation-toggle');
            assert.ok(toggle.x + toggle.width <= 400, 'the toggle stays on screen');

            await click(page, 'trainer-tour');
            await click(page, 'tour-start');
            assert.equal((await report(page)).input.name, 'tour-1-dimensionen.csv');
            await screenshot(page, `trainer-narrow-tour-${language}.png`);

            assert.deepEqual(problems, []);
            await context.close();
        });
    }

    it('wide screenshots in English and German', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        await click(page, 'view-trainer');
        await click(page, 'case-instagram');
        await screenshot(page, 'trainer-case-instagram-en.png');
        await click(page, 'language-de');
        await click(page, 'presentation-toggle');
        await screenshot(page, 'trainer-case-instagram-presentation-de.png');
        await click(page, 'trainer-tour');
        await click(page, 'tour-start');
        await press(page, 'ArrowRight');
        await screenshot(page, 'trainer-tour-presentation-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
