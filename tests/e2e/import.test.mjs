// Big files stream a piece per frame with a progress bar and a Cancel button; a problem's row
// number jumps to that row in the table view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

const app = withApp();
const scratch = mkdtempSync(join(tmpdir(), 'engage-import-'));

// A German per-post table of about `megabytes` MB: CTR exactly 1 % in every row.
function bigTable(megabytes, name) {
    const header = 'Datum;Impressionen;Klicks;Gefällt mir;Kommentare;Follower\n';
    const line = '17.05.2024;2.000;20;150;50;5.000\n';
    const rows = Math.ceil((megabytes * 1024 * 1024) / line.length);
    const path = join(scratch, name);
    writeFileSync(path, header + line.repeat(rows));
    return { path, rows };
}

async function waitIdle(page, timeoutMs = 120000) {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
        if ((await page.evaluate(() => window.engage.progress())) === null)
            return;
        await frames(page, 2);
    }
    throw new Error('the analysis did not finish');
}

test('a big file streams through the file input with progress and gives every row\'s KPIs',
     async () => {
    const { path, rows } = bigTable(24, 'posts-24mb.csv');
    const { page, problems } = await app.open();
    await page.setInputFiles('input[type=file]', path);

    // The page keeps drawing while it reads: the progress bar and Cancel are on screen.
    let seenProgress = false;
    for (let i = 0; i < 200 && !seenProgress; ++i) {
        const progress = await page.evaluate(() => window.engage.progress());
        seenProgress = progress !== null && progress > 0 && progress < 1;
        if (!seenProgress)
            await frames(page, 1);
    }
    assert.ok(seenProgress, 'a progress value between 0 and 1 was seen');
    assert.ok(await page.evaluate(() => window.engage.controlRect('cancel-analysis')));
    await screenshot(page, 'import-streaming-de.png');

    await waitIdle(page);
    const report = await page.evaluate(() => window.engage.report());
    assert.equal(report.input.row_count, rows);
    assert.ok(report.input.rows_kept < rows, 'the table view keeps only what fits');
    assert.equal(kpi(report, 'click_through_rate').value, 1);
    assert.equal(kpi(report, 'engagement_rate').value, 4);
    assert.deepEqual(problems, []);
});

test('Cancel stops a streamed file and keeps the previous result', async () => {
    const { path } = bigTable(40, 'posts-40mb.csv');
    const { page, problems } = await app.open();
    await page.evaluate(() => window.engage.loadText('Impressionen;Klicks\n1.000;17\n', 'small'));
    await frames(page, 3);
    await page.setInputFiles('input[type=file]', path);
    let rect = null;
    for (let i = 0; i < 200 && !rect; ++i) {
        rect = await page.evaluate(() => window.engage.controlRect('cancel-analysis'));
        if (!rect)
            await frames(page, 1);
    }
    assert.ok(rect, 'the Cancel button is drawn');
    const { x, y } = await controlCentre(page, 'cancel-analysis');
    await page.mouse.click(x, y);
    await frames(page, 5);
    assert.equal(await page.evaluate(() => window.engage.progress()), null);
    const report = await page.evaluate(() => window.engage.report());
    assert.ok(Math.abs(kpi(report, "click_through_rate").value - 1.7) < 1e-9);
    await screenshot(page, 'import-cancelled-en.png');
    assert.deepEqual(problems, []);
});

test('a problem\'s row number shows that row in the table view', async () => {
    let text = 'Impressionen;Klicks\n';
    for (let i = 0; i < 300; ++i)
        text += i === 199 ? 'viele;3\n' : '1.000;10\n';
    const { page, problems } = await app.open({
        viewport: { width: 1280, height: 1400 },
    });
    await page.evaluate((t) => window.engage.loadText(t, 'table.csv'), text);
    await frames(page, 5);
    const report = await page.evaluate(() => window.engage.report());
    const bad = report.problems.find((p) => p.severity === 'warning');
    assert.equal(bad.row, 201);

    // Scroll the data panel until the problem list is on screen, then click the row link.
    let link = null;
    for (let i = 0; i < 40 && !link; ++i) {
        link = await page.evaluate(() => window.engage.controlRect('problem-row-0'));
        if (!link) {
            await page.mouse.move(300, 700);
            await page.mouse.wheel(0, 400);
            await frames(page, 2);
        }
    }
    assert.ok(link, 'the problem list is drawn');
    const { x, y } = await controlCentre(page, 'problem-row-0');
    await page.mouse.click(x, y);
    await frames(page, 4);
    await screenshot(page, 'import-jump-to-row-de.png');
    assert.ok(await page.evaluate(() => window.engage.controlRect('table-row-highlighted')),
              'row 201 is visible and highlighted in the table view');
    assert.deepEqual(problems, []);
});
