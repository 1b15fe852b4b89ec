// Makes the single-file offline build from a finished web build:
//   node scripts/make-offline.mjs WEB_DIR OUT.html
// Every script and style of WEB_DIR/index.html is inlined, the wasm (with the embedded font)
// goes in as base64 and is handed to Emscripten as Module.wasmBinary, so nothing is fetched:
// the file works opened from file:// with no server and no network.
//
// The CSP stays strict. Inline scripts and styles are allowed by their sha256 hashes, computed
// here over the exact inlined text, instead of 'unsafe-inline' (which would also allow any
// script an attacker managed to inject). The base64 wasm sits in a non-executed
// <script type="application/octet-stream">, which no CSP rule applies to. connect-src and
// worker-src become 'none': the file needs no connection at all, not even to itself.
// sw.js and offline.js are left out: a file:// page has no service worker.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [webDir, outFile] = process.argv.slice(2);
if (!webDir || !outFile) {
    console.error('usage: node scripts/make-offline.mjs WEB_DIR OUT.html');
    process.exit(2);
}

const read = (name) => readFileSync(join(webDir, name), 'utf8');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// "</script" inside inlined JavaScript would end the element early; "<\/script" means the
// same to JavaScript in strings, regular expressions and comments.
const scriptSafe = (text) => text.replace(/<\/(script)/gi, '<\\/$1');

let html = read('index.html');
const scriptHashes = [];
const styleHashes = [];

function inlineScript(text) {
    const safe = scriptSafe(text);
    scriptHashes.push(sha256(safe));
    return `<script>${safe}</script>`;
}

html = html.replace(/<link rel="stylesheet" href="([\w.-]+\.css)">/g, (_, name) => {
    const css = read(name);
    styleHashes.push(sha256(css));
    return `<style>${css}</style>`;
});

html = html.replace(/<script src="offline\.js"><\/script>\n?/, '');
html = html.replace(/<script src="([\w.-]+\.js)"><\/script>/g, (_, name) => inlineScript(read(name)));

const wasm = readFileSync(join(webDir, 'index.wasm')).toString('base64');
const loader = [
    "window.engageOffline = 'single-file';",
    // Emscripten reads Module.wasmBinary instead of fetching index.wasm.
    "(function () {",
    "    const text = document.getElementById('engage-wasm').textContent.trim();",
    "    const binary = atob(text);",
    "    const bytes = new Uint8Array(binary.length);",
    "    for (let i = 0; i < binary.length; ++i)",
    "        bytes[i] = binary.charCodeAt(i);",
    "    window.Module.wasmBinary = bytes;",
    "})();",
].join('\n');
html = html.replace(/<script async type="text\/javascript" src="index\.js"><\/script>/,
                    () => `<script type="application/octet-stream" id="engage-wasm">${wasm}</script>\n` +
                          inlineScript(loader) + '\n' + inlineScript(read('index.js')));

if (/<script[^>]* src=/.test(html) || /<link rel="stylesheet"/.test(html))
    throw new Error('make-offline: a script or style was not inlined');

const csp = /content="(default-src[^"]*)"/;
const policy = html.match(csp)[1]
    .replace("script-src 'self'", `script-src ${scriptHashes.join(' ')}`)
    .replace("style-src 'self'", `style-src ${styleHashes.join(' ')}`)
    .replace("connect-src 'self'", "connect-src 'none'")
    .replace("worker-src 'self'", "worker-src 'none'");
if (/'self'/.test(policy))
    throw new Error(`make-offline: the CSP still names 'self': ${policy}`);
html = html.replace(csp, () => `content="${policy}"`);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, html);
console.log(`make-offline: ${outFile} (${(html.length / 1024 / 1024).toFixed(1)} MB, ` +
            `${scriptHashes.length} inline scripts, ${styleHashes.length} styles)`);
