// Text that does not come as key presses: a phone's on-screen keyboard, an IME's composed text
// and a phone keyboard's Backspace, in headless Chromium at devicePixelRatio 2. They reach the
// page's hidden text field (bridge.js), which hands them to the active ImGui text field.
// Every test fails on console errors and requests to other origins.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { controlCentre, frames, kpi, screenshot, withApp } from './harness.mjs';

const activeId = (page) => page.evaluate(() => document.activeElement?.id);
const report = (page) => page.evaluate(() => window.engage.report());

describe('Text entry without key presses', () => {
    const app = withApp();

    it('takes text a phone keyboard inserts after a tap on the editor', async () => {
        const { context, page, problems } = await app.open({
            locale: 'de-DE', hasTouch: true, isMobile: true,
            viewport: { width: 400, height: 800 },
        });
        const editor = await controlCentre(page, 'table-editor');
        // A finger's tap, which lasts a few frames (Playwright's tap() would last none).
        const session = await page.context().newCDPSession(page);
        const point = { x: editor.x, y: editor.y };
        await session.send('Input.dispatchTouchEvent',
                           { type: 'touchStart', touchPoints: [point] });
        await frames(page);
        await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        // The focus must move inside the tap itself: phones open their keyboard only then.
        assert.equal(await activeId(page), 'text-proxy');
        await session.detach();
        await frames(page);
        assert.ok(await page.evaluate(() => window.engage.textInputActive()));

        // insertText is what a phone keyboard, dictation or an IME commit sends: an `input`
        // event and no keypress. Enter comes as a key.
        await page.keyboard.insertText('Follower;Gefällt mir;Kommentare');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText('5000;180;70');
        await frames(page);
        const typed = await report(page);
        assert.deepEqual(typed.input.columns.map((c) => c.role),
                         ['followers', 'likes', 'comments']);
        assert.equal(kpi(typed, 'engagement_rate').value, 5);
        await screenshot(page, 'text-entry-phone.png');
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('types each character once with a real keyboard while the hidden field has the focus',
       async () => {
        const { context, page, problems } = await app.open();
        const editor = await controlCentre(page, 'table-editor');
        await page.mouse.click(editor.x, editor.y);
        await frames(page);
        assert.equal(await activeId(page), 'text-proxy');
        await page.keyboard.type('Likes;Follower');
        await page.keyboard.press('Enter');
        await page.keyboard.type('40;1000');
        await frames(page);
        const typed = await report(page);
        assert.deepEqual(typed.input.columns.map((c) => c.header), ['Likes', 'Follower']);
        assert.equal(kpi(typed, 'engagement_rate').value, 4);
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('commits an IME composition once, and deletes with a phone keyboard\'s Backspace',
       async () => {
        const { context, page, problems } = await app.open();
        const editor = await controlCentre(page, 'table-editor');
        await page.mouse.click(editor.x, editor.y);
        await frames(page);
        await page.keyboard.type('Follower;Likes');
        await page.keyboard.press('Enter');
        await page.keyboard.type('1000;');

        // An IME composes "5" then "50" (marked text), then commits "50".
        const session = await page.context().newCDPSession(page);
        await session.send('Input.imeSetComposition',
                           { text: '5', selectionStart: 1, selectionEnd: 1 });
        await session.send('Input.imeSetComposition',
                           { text: '50', selectionStart: 2, selectionEnd: 2 });
        await frames(page);
        const composing = kpi(await report(page), 'engagement_rate').value;
        assert.ok(composing !== 5 && composing !== 0.5, 'nothing is typed while the IME composes');
        await session.send('Input.insertText', { text: '50' });
        await session.detach();
        await frames(page);
        assert.equal(kpi(await report(page), 'engagement_rate').value, 5);

        // A phone keyboard's Backspace: the browser deletes the field's kept character and
        // says so with an input event, without a key event GLFW would know.
        await page.evaluate(() => {
            const field = document.getElementById('text-proxy');
            field.value = '';
            field.dispatchEvent(new InputEvent('input', {
                inputType: 'deleteContentBackward', bubbles: true,
            }));
        });
        await frames(page, 4);
        assert.equal(kpi(await report(page), 'engagement_rate').value, 0.5);
        assert.deepEqual(problems, []);
        await context.close();
    });

    it('gives the focus back when no text field is active', async () => {
        const { context, page, problems } = await app.open();
        const editor = await controlCentre(page, 'table-editor');
        await page.mouse.click(editor.x, editor.y);
        await frames(page);
        assert.equal(await activeId(page), 'text-proxy');
        await page.keyboard.press('Escape');
        await frames(page);
        assert.equal(await page.evaluate(() => window.engage.textInputActive()), false);
        assert.notEqual(await activeId(page), 'text-proxy');
        assert.deepEqual(problems, []);
        await context.close();
    });
});
