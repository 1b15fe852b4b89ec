// Takes a screenshot of the app as a person would see it, for looking at changes by eye:
//   node scripts/screenshot.mjs OUT.png [--file DATA] [--lang de|en] [--click CONTROL]...
//                               [--width 1280] [--height 860] [--scale 2]
// Serves build/web on a free localhost port (run scripts/build-web.sh first).
import { readFileSync } from 'node:fs';
import { controlCentre, frames, launchBrowser, openApp, serveWeb } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const out = args.shift();
const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
};
const clicks = args.flatMap((arg, i) => (arg === '--click' ? [args[i + 1]] : []));

const { server, origin } = await serveWeb();
const { browser, close } = await launchBrowser();
try {
    const { page, problems } = await openApp(browser, origin, {
        viewport: { width: Number(option('--width', 1280)), height: Number(option('--height', 860)) },
        deviceScaleFactor: Number(option('--scale', 2)),
    });
    await page.evaluate((tag) => window.engage.setLanguage(tag), option('--lang', 'de'));
    const file = option('--file');
    if (file) {
        const bytes = [...readFileSync(file)];
        await page.evaluate(([data, name]) => window.engage.loadBytes(new Uint8Array(data), name),
                            [bytes, file.split('/').pop()]);
    }
    await frames(page, 5);
    for (const control of clicks) {
        const { x, y } = await controlCentre(page, control);
        await page.mouse.click(x, y);
        await frames(page, 5);
    }
    await page.screenshot({ path: out });
    if (problems.length)
        console.error(problems.join('\n'));
} finally {
    await close();
    server.close();
}
