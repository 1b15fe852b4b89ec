// Keyboard-only use: with no mouse at all, the arrows move ImGui's focus across the controls and
// Space presses the focused one (ImGuiConfigFlags_NavEnableKeyboard).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frames, screenshot, withApp } from './harness.mjs';

const app = withApp();

test('a keyboard alone switches to the Nine categories view', async () => {
    const { page, problems } = await app.open();
    await page.evaluate(() => window.engage.setLanguage('en'));
    await frames(page, 3);

    // Arrows move the focus from the top bar to the row of views and along it.
    let focused = '';
    for (let step = 0; step < 20 && focused !== 'view-taxonomy'; ++step) {
        const order = ['view-calculator', 'view-taxonomy', 'view-analytics', 'view-trainer'];
        const at = order.indexOf(focused);
        await page.keyboard.press(at < 0 ? 'ArrowDown' : at < 1 ? 'ArrowRight' : 'ArrowLeft');
        await frames(page, 2);
        focused = await page.evaluate(() => window.engage.focusedControl());
    }
    assert.equal(focused, 'view-taxonomy');
    await page.keyboard.press('Space');
    await frames(page, 4);
    const shown = Boolean(await page.evaluate(() => window.engage.controlRect('tax-examples')));
    await screenshot(page, 'keyboard-taxonomy-en.png');
    assert.ok(shown, 'the Nine categories view was reached with arrows and Space');
    assert.deepEqual(problems, []);
});
