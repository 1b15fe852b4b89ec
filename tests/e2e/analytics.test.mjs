// The Analytics view in headless Chromium at devicePixelRatio 2, with real exports from
// ../shared/data: NPS statistics and group comparison (survey), attribution (path table) and
// sessions (access log). Controls are clicked where the app drew them; results are read through
// window.engage.analytics(). Tests skip with a message when ../shared/data is absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { controlCentre, frames, screenshot, withApp } from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedData = process.env.ENGAGE_SHARED_DATA || join(root, '..', 'shared', 'data');
const npsFile = join(sharedData, 'nps', 'preppin-data-2019w-sudzilla-nps-survey-google-forms.csv');
const pathFile = join(sharedData, 'attribution', 'channelattribution-pathdata.csv');
const logFile = join(sharedData, 'clickstream',
                     'apache-combined-access-log-semicomplete-2015-first8000.log');

function skipUnless(t, file) {
    if (existsSync(file))
        return false;
    t.skip(`${file} not found: ../shared/data is absent`);
    return true;
}

async function click(page, id) {
    const { x, y } = await controlCentre(page, id);
    await page.mouse.click(x, y);
    await frames(page, 4);
}

// Scrolls the view with the mouse wheel until a control is fully on screen (the view is one
// long scrolling column; controls below the fold are drawn but cannot be clicked).
async function scrollTo(page, id) {
    await page.mouse.move(page.viewportSize().width / 2, page.viewportSize().height * 0.6);
    for (let i = 0; i < 40; ++i) {
        const rect = await page.evaluate((name) => window.engage.controlRect(name), id);
        const height = page.viewportSize().height;
        if (rect && rect.y > 60 && rect.y + rect.height < height - 20)
            return;
        await page.mouse.wheel(0, rect && rect.y < 60 ? -200 : 200);
        await frames(page, 3);
    }
    throw new Error(`could not scroll ${id} into view`);
}

const analytics = (page) => page.evaluate(() => window.engage.analytics());

async function loadFile(page, file) {
    const bytes = [...readFileSync(file)];
    const name = file.split('/').pop();
    await page.evaluate(([data, fileName]) => window.engage.loadBytes(new Uint8Array(data),
                                                                      fileName), [bytes, name]);
    await frames(page);
}

describe('Analytics view', () => {
    const app = withApp();

    it('shows the NPS of a real survey with its adjusted-Wald interval and compares groups',
       async (t) => {
        if (skipUnless(t, npsFile))
            return;
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        // The real file input, as a person choosing the file.
        await page.setInputFiles('#file-input', {
            name: 'sudzilla.csv', mimeType: 'text/csv', buffer: readFileSync(npsFile),
        });
        await page.waitForFunction(() => window.engage.report().input.name === 'sudzilla.csv');
        await click(page, 'view-analytics');

        let result = await analytics(page);
        const statistics = result.nps.statistics;
        assert.equal(Math.round(statistics.score * 10) / 10, -35.9);
        assert.equal(statistics.method, 'adjusted_wald'); // n = 39 < 100
        assert.equal(statistics.counts.total, 39);
        assert.ok(statistics.ci95[0] < -35.9 && statistics.ci95[1] > -35.9);
        assert.ok(statistics.margin_of_error > 20 && statistics.margin_of_error < 30);
        assert.equal(result.nps.histogram.reduce((a, b) => a + b, 0), 39);
        assert.equal(result.nps.comment_column, '...why?');
        await screenshot(page, 'analytics-nps-de.png');

        // Group B: pick the third segment value from the combo by clicking.
        assert.equal(result.comparison.by, 'segment');
        await scrollTo(page, 'analytics-group-b');
        await click(page, 'analytics-group-b');
        await click(page, 'analytics-group-b-2');
        result = await analytics(page);
        assert.equal(result.comparison.b, result.comparison.groups[2]);
        assert.ok(result.comparison.nps, 'the NPS comparison is computed');
        assert.ok(result.comparison.nps.p_value > 0 && result.comparison.nps.p_value <= 1);
        assert.match(result.comparison.nps.verdict, /signifikant/);

        // History per day (the survey ran over a few days).
        await scrollTo(page, 'analytics-history-day');
        await click(page, 'analytics-history-day');
        result = await analytics(page);
        assert.equal(result.history.period, 'day');
        await screenshot(page, 'analytics-nps-compared-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('refuses a 1–5 scale and computes after "the survey asked 0–10" is ticked', async () => {
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        await page.evaluate(() => window.engage.loadText(
            'How likely are you to recommend us to a friend?\n1\n2\n3\n4\n5\n5\n4\n3',
            'small.csv'));
        await frames(page);
        await click(page, 'view-analytics');
        let result = await analytics(page);
        assert.equal(result.nps.scale.accepted, false);
        assert.ok(result.nps.scale.message.length > 0);
        await screenshot(page, 'analytics-scale-refused-en.png');

        await click(page, 'analytics-nps-assume-0-10');
        result = await analytics(page);
        assert.equal(result.nps.scale.accepted, true);
        assert.equal(result.nps.scale.assume_zero_to_ten, true);
        assert.equal(result.nps.statistics.score, -100); // every answer 0..6 is a detractor
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('attributes 10,000 paths with six models that each sum to the conversions', async (t) => {
        if (skipUnless(t, pathFile))
            return;
        const { context, page, problems } = await app.open({ locale: 'en-US' });
        await loadFile(page, pathFile);
        await click(page, 'view-analytics');
        // The attribution runs a step per frame; its controls appear when it is done.
        await page.waitForFunction(() => window.engage.controlRect('analytics-half-life-plus'));
        let result = await analytics(page);
        assert.equal(result.journey.kind, 'paths');
        assert.equal(result.journey.conversions, 19785);
        for (const [model, total] of Object.entries(result.journey.model_totals))
            assert.ok(Math.abs(total - 19785) < 0.5, `${model} sums to ${total}`);
        assert.equal(Object.keys(result.journey.models).length, 6);
        assert.equal(result.journey.funnel.length, 3);
        await screenshot(page, 'analytics-attribution-en.png');

        const before = result.journey.models.time_decay.alpha;
        await scrollTo(page, 'analytics-half-life-plus');
        await click(page, 'analytics-half-life-plus');
        await page.waitForFunction(() => window.engage.controlRect('analytics-half-life-plus'));
        result = await analytics(page);
        assert.equal(result.journey.half_life, 2);
        assert.notEqual(result.journey.models.time_decay.alpha, before);
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('sessionises an access log and applies the single-page rule and the timeout',
       async (t) => {
        if (skipUnless(t, logFile))
            return;
        const { context, page, problems } = await app.open({
            locale: 'de-DE', viewport: { width: 400, height: 860 },
        });
        await loadFile(page, logFile);
        await click(page, 'view-analytics');
        let result = await analytics(page);
        const counts = result.sessions.counts;
        assert.equal(counts.lines, 8000);
        assert.equal(counts.lines, counts.malformed + counts.bots + counts.not_get +
                     counts.not_200 + counts.assets + counts.feeds + counts.page_views);
        assert.equal(result.sessions.timeout_minutes, 30);
        const zeroRule = result.sessions.kpis.time_on_site.value;
        await screenshot(page, 'analytics-sessions-de-400.png');

        // The controls sit below the fold on a narrow screen: scrolled to with the wheel.
        await scrollTo(page, 'analytics-single-exclude');
        await click(page, 'analytics-single-exclude');
        result = await analytics(page);
        assert.equal(result.sessions.single_page, 'exclude');
        assert.ok(result.sessions.kpis.time_on_site.value > zeroRule,
                  'leaving one-page visits out raises the average');

        await scrollTo(page, 'analytics-timeout-plus');
        await click(page, 'analytics-timeout-plus');
        result = await analytics(page);
        assert.equal(result.sessions.timeout_minutes, 45);
        assert.ok(result.sessions.counts.sessions <= counts.sessions);
        await screenshot(page, 'analytics-sessions-controls-de-400.png');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
