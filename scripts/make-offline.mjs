// Makes the single-file offline build from a finished web build:
//   node scripts/make-offline.mjs WEB_DIR OUT.html
// Every script and style of WEB_DIR/index.html is inlined, the wasm of both builds (with the
// embedded font) goes in as base64 and the chosen one is handed to Emscripten as
// Module.wasmBinary, so nothing is fetched: the file works opened from file:// with no server
// and no network.
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

// Both builds go in (index: wasm SIMD, index-scalar: without), each as its wasm in base64 and
// its JavaScript as text in non-executed <script> elements; start.js picks one as in the hosted
// app, and the loader below hands its wasm to Emscripten as Module.wasmBinary and runs its
// JavaScript as an inline script whose hash the CSP allows.
const builds = ['index', 'index-scalar'];
const payload = builds.map((build) => {
    const wasm = readFileSync(join(webDir, `${build}.wasm`)).toString('base64');
    const js = scriptSafe(read(`${build}.js`));
    scriptHashes.push(sha256(js));
    return `<script type="application/octet-stream" id="engage-wasm-${build}">${wasm}</script>\n` +
        `<script type="text/plain" id="engage-js-${build}">${js}</script>\n`;
}).join('');
const loader = [
    '(function () {',
    '    const build = self.engageBuild();',
    "    const text = document.getElementById('engage-wasm-' + build).textContent.trim();",
    '    const binary = atob(text);',
    '    const bytes = new Uint8Array(binary.length);',
    '    for (let i = 0; i < binary.length; ++i)',
    '        bytes[i] = binary.charCodeAt(i);',
    '    window.Module.wasmBinary = bytes;',
    "    const script = document.createElement('script');",
    "    script.textContent = document.getElementById('engage-js-' + build).textContent;",
    '    document.body.appendChild(script);',
    '})();',
].join('\n');
html = html.replace(/<script src="start\.js"><\/script>/, () => payload +
    inlineScript("window.engageOffline = 'single-file';") + '\n' +
    inlineScript(read('start.js')) + '\n' + inlineScript(loader));
html = html.replace(/<script src="offline\.js"><\/script>\n?/, '');
html = html.replace(/<script src="([\w.-]+\.js)"><\/script>/g, (_, name) => inlineScript(read(name)));

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
