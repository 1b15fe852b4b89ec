// The "Nine categories" view in headless Chromium at devicePixelRatio 2: a list pasted into its
// editor, a correction through the dropdown, a cell's items, the calculator's table with given
// columns and interactions, the model's export and import, and the quiz by click, key and tap.
// Every test fails on console errors and requests to other origins.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlCentre, frames, screenshot, withApp } from './harness.mjs';

const categories = [
    'provider_offer', 'provider_demand', 'provider_activity',
    'customer_offer', 'customer_demand', 'customer_activity',
    'third_party_offer', 'third_party_demand', 'third_party_activity',
];

const pastedList = [
    'We hand out free samples of our new shampoo at the station.',
    'A customer writes a review of our coffee machine.',
    'Our company organises a charity run in the city park.',
    'Customers answer other customers\' questions in the forum.',
].join('\n');

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

// Scrolls the panel under a control until the control is inside the viewport (the wheel over
// its column, as a person would), so that a click lands on it.
async function scrollIntoView(page, id) {
    const { height } = page.viewportSize();
    for (let step = 0; step < 20; ++step) {
        const rect = await page.evaluate((name) => window.engage.controlRect(name), id);
        if (!rect)
            throw new Error(`control ${id} was not drawn`);
        if (rect.y >= 0 && rect.y + rect.height <= height)
            return;
        await page.mouse.move(rect.x + rect.width / 2, height / 2);
        await page.mouse.wheel(0, rect.y < 0 ? -200 : 200);
        await frames(page);
    }
    throw new Error(`control ${id} could not be scrolled into view`);
}

async function click(page, id) {
    await scrollIntoView(page, id);
    const { x, y } = await controlCentre(page, id);
    await page.mouse.click(x, y);
    await frames(page);
}

async function tap(page, id) {
    const { x, y } = await controlCentre(page, id);
    await page.touchscreen.tap(x, y);
    await frames(page);
}

const taxonomy = (page) => page.evaluate(() => window.engage.taxonomy());

async function openTaxonomy(app, options) {
    const opened = await app.open(options);
    await click(opened.page, 'view-taxonomy');
    return opened;
}

describe('Nine categories view', () => {
    const app = withApp();

    it('sorts the example lines into all nine cells', async () => {
        const { context, page, problems } = await openTaxonomy(app, { locale: 'en-US' });
        const state = await taxonomy(page);
        assert.equal(state.source, 'list');
        assert.equal(state.items.length, 13);
        for (const id of categories)
            assert.ok(state.cells[id].count >= 1, `${id} has its example`);
        assert.equal(state.cells.customer_offer.count, 3);
        assert.equal(state.items[12].unsure, true, 'a terse line is marked unsure');
        await screenshot(page, 'taxonomy-wide-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('classifies a list pasted into its editor and lists a clicked cell', async () => {
        const { context, page, problems } = await openTaxonomy(app, { locale: 'en-US' });
        await click(page, 'tax-clear');
        assert.equal((await taxonomy(page)).items.length, 0);

        await click(page, 'tax-list');
        await pasteText(page, pastedList);
        await frames(page);
        const state = await taxonomy(page);
        assert.deepEqual(state.items.map((item) => item.category),
                         ['provider_offer', 'customer_offer', 'provider_activity',
                          'customer_activity']);
        assert.equal(state.cells.provider_offer.count, 1);
        assert.equal(state.cells.customer_demand.count, 0);
        const first = state.items[0];
        assert.ok(first.confidence > 0 && first.confidence <= 1);
        assert.ok(first.initiator_evidence.length > 0, 'evidence words are given');
        // The calculator's table was not touched by the paste.
        assert.equal(await page.evaluate(() => window.engage.report().kpis.length), 0);

        await click(page, 'tax-cell-customer_offer');
        assert.equal((await taxonomy(page)).selected, 'customer_offer');
        assert.ok(await page.evaluate(() => window.engage.controlRect('tax-item-1')),
                  'the cell lists its item');
        assert.equal(await page.evaluate(() => window.engage.controlRect('tax-item-0')), null,
                     'items of other cells are not listed');
        await screenshot(page, 'taxonomy-cell-en.png');
        await click(page, 'tax-show-all');
        assert.equal((await taxonomy(page)).selected, null);
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('learns from a correction made with the dropdown, at once', async () => {
        const { context, page, problems } = await openTaxonomy(app, { locale: 'de-DE' });
        const before = await taxonomy(page);
        assert.equal(before.corrections, 0);
        assert.equal(before.items[0].category, 'provider_offer');

        await click(page, 'tax-item-0');
        await click(page, 'tax-item-0-provider_activity');
        const after = await taxonomy(page);
        assert.equal(after.items[0].category, 'provider_activity');
        assert.equal(after.items[0].from_correction, true);
        assert.equal(after.corrections, 1);
        assert.equal(after.accuracy.items, 1);
        assert.equal(after.accuracy.right_before, 0);
        assert.equal(after.cells.provider_activity.count,
                     before.cells.provider_activity.count + 1);
        assert.equal(after.cells.provider_offer.count, 0);
        assert.ok(await page.evaluate(() => window.engage.controlRect('tax-accuracy')),
                  'the accuracy on corrected items is shown');
        await screenshot(page, 'taxonomy-corrected-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('exports the learned model as a download and imports it through the file chooser',
       async () => {
           const first = await openTaxonomy(app, { locale: 'en-US' });
           await click(first.page, 'tax-item-1');
           await click(first.page, 'tax-item-1-customer_demand');
           await scrollIntoView(first.page, 'tax-export');
           const exportButton = await controlCentre(first.page, 'tax-export');
           const [download] = await Promise.all([
               first.page.waitForEvent('download'),
               first.page.mouse.click(exportButton.x, exportButton.y),
           ]);
           assert.equal(download.suggestedFilename(), 'engagelens-taxonomy-model.json');
           const chunks = [];
           for await (const chunk of await download.createReadStream())
               chunks.push(chunk);
           const model = Buffer.concat(chunks).toString('utf8');
           assert.match(model, /engagelens-taxonomy-model/);
           assert.match(model, /customer_demand/);
           assert.deepEqual(first.problems, []);
           await first.context.close();

           const second = await openTaxonomy(app, { locale: 'en-US' });
           assert.equal((await taxonomy(second.page)).items[1].category, 'customer_offer');
           await scrollIntoView(second.page, 'tax-import');
           const importButton = await controlCentre(second.page, 'tax-import');
           const [chooser] = await Promise.all([
               second.page.waitForEvent('filechooser'),
               second.page.mouse.click(importButton.x, importButton.y),
           ]);
           await chooser.setFiles({ name: 'model.json', mimeType: 'application/json',
                                    buffer: Buffer.from(model) });
           await second.page.waitForFunction(() => window.engage.taxonomy().corrections === 1);
           await frames(second.page);
           const state = await taxonomy(second.page);
           assert.equal(state.import.ok, true);
           assert.equal(state.items[1].category, 'customer_demand');

           // A file that is not a model is refused with a reason, and nothing changes.
           await scrollIntoView(second.page, 'tax-import');
           const again = await controlCentre(second.page, 'tax-import');
           const [refused] = await Promise.all([
               second.page.waitForEvent('filechooser'),
               second.page.mouse.click(again.x, again.y),
           ]);
           await refused.setFiles({ name: 'notes.json', mimeType: 'application/json',
                                    buffer: Buffer.from('{"hello": 1}') });
           await second.page.waitForFunction(() => !window.engage.taxonomy().import.ok);
           const refusedState = await taxonomy(second.page);
           assert.equal(refusedState.corrections, 1);
           assert.ok(refusedState.import.message.length > 0);
           await frames(second.page);
           await screenshot(second.page, 'taxonomy-imported-en.png');
           assert.deepEqual(second.problems, []);
           await second.context.close();
       });

    it('uses the calculator table, checks given columns and sums interactions', async () => {
        const { context, page, problems } = await app.open({ locale: 'de-DE' });
        await page.evaluate(() => window.engage.loadText(
            'Aktivität;Initiator;Form;Likes;Kommentare\n' +
            'Wir verteilen Gratisproben unseres neuen Shampoos.;Anbieter;Angebot;120;30\n' +
            'Eine Kundin schreibt eine Rezension zu unserer Kaffeemaschine.;Kunde;Angebot;40;10\n' +
            'Unser Unternehmen veranstaltet einen Spendenlauf.;Kunde;Aktivität;300;50\n' +
            'Kunden beantworten im Forum die Fragen anderer Kunden.;;;10;5\n',
            'aktivitaeten.csv'));
        await frames(page);
        await click(page, 'view-taxonomy');
        await click(page, 'tax-source-table');
        const state = await taxonomy(page);
        assert.equal(state.source, 'table');
        assert.equal(state.items.length, 4);
        assert.equal(state.items[2].given, 'customer_activity');
        assert.equal(state.items[2].category, 'customer_activity', 'given columns are taken');
        assert.equal(state.items[2].disagrees, true, 'the classifier disagrees with the table');
        assert.equal(state.items[3].given, null);
        assert.equal(state.cells.provider_offer.interactions, 150);
        assert.equal(state.cells.customer_activity.count, 2);
        assert.equal(state.cells.customer_activity.interactions, 365);

        await click(page, 'tax-measure-sum');
        assert.equal((await taxonomy(page)).measure, 'sum');
        await screenshot(page, 'taxonomy-table-sum-de.png');
        await click(page, 'tax-measure-mean');
        assert.equal((await taxonomy(page)).measure, 'mean');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('asks a quiz question, scores a click and a key, and explains the answer', async () => {
        const { context, page, problems } = await openTaxonomy(app, { locale: 'de-DE' });
        await click(page, 'tax-mode-quiz');
        let quiz = (await taxonomy(page)).quiz;
        assert.equal(quiz.asked, 0);
        assert.equal(quiz.question.language, 'de', 'the question matches the UI language');
        assert.equal(quiz.question.held_out, true, 'held-out items come first');
        await screenshot(page, 'taxonomy-quiz-de.png');

        await click(page, `quiz-${quiz.question.category}`);
        quiz = (await taxonomy(page)).quiz;
        assert.equal(quiz.asked, 1);
        assert.equal(quiz.right, 1);
        assert.ok(await page.evaluate(() => window.engage.controlRect('quiz-verdict')),
                  'the answer is explained');
        await screenshot(page, 'taxonomy-quiz-answered-de.png');

        await page.keyboard.press('Enter');
        await frames(page);
        quiz = (await taxonomy(page)).quiz;
        assert.equal(quiz.picked, null, 'Enter moves to the next question');
        const wrong = categories.find((id) => id !== quiz.question.category);
        await page.keyboard.press(String(categories.indexOf(wrong) + 1));
        await frames(page);
        quiz = (await taxonomy(page)).quiz;
        assert.equal(quiz.asked, 2);
        assert.equal(quiz.right, 1);
        assert.equal(quiz.picked, wrong);
        await screenshot(page, 'taxonomy-quiz-wrong-de.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('works by touch at 400 px, in both languages', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', hasTouch: true, isMobile: true,
            viewport: { width: 400, height: 820 },
        });
        await tap(page, 'view-taxonomy');
        assert.equal((await taxonomy(page)).items.length, 13);
        await screenshot(page, 'taxonomy-narrow-de.png');

        await tap(page, 'tax-mode-quiz');
        const question = (await taxonomy(page)).quiz.question;
        await tap(page, `quiz-${question.category}`);
        assert.equal((await taxonomy(page)).quiz.right, 1);
        await screenshot(page, 'taxonomy-quiz-narrow-de.png');

        await tap(page, 'language-en');
        await tap(page, 'tax-mode-cards');
        assert.equal((await taxonomy(page)).mode, 'cards');
        await screenshot(page, 'taxonomy-cards-narrow-en.png');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
