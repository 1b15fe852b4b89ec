// start.js: loads the app's build, last of the page's scripts (bridge.js has set up Module).
// index.js + index.wasm use wasm SIMD; a browser whose WebAssembly refuses SIMD instructions
// (Safari before 16.4, Chromium before 91, Firefox before 89) gets index-scalar.js +
// index-scalar.wasm, the same app without them. Each browser downloads only the build it runs.
// sw.js loads this file too (importScripts), to keep that same build for offline use.
'use strict';

// Whether this browser runs wasm SIMD: WebAssembly.validate on the smallest module that uses it,
// one function () -> v128 { i8x16.popcnt(i8x16.splat(0)) }. popcnt came last into the SIMD
// proposal, so browsers that shipped an earlier draft of it are sent to the scalar build too.
self.engageWasmSimd = function () {
    const module = new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, //       types: () -> v128
        0x03, 0x02, 0x01, 0x00, //                         functions: one of type 0
        0x0a, 0x0a, 0x01, 0x08, 0x00, //                   code: one body of 8 bytes, no locals
        0x41, 0x00, 0xfd, 0x0f, 0xfd, 0x62, 0x0b, //       i32.const 0, i8x16.splat, popcnt, end
    ]);
    try {
        return typeof WebAssembly === 'object' && WebAssembly.validate(module);
    } catch {
        return false;
    }
};

// The app's build, by file name: what the page loads and what sw.js keeps.
self.engageBuild = function () {
    return self.engageWasmSimd() ? 'index' : 'index-scalar';
};

// The wasm is fetched and compiled from here, while the build's JavaScript still downloads,
// instead of after it: Emscripten would only ask for the wasm once its script has run, and the
// two downloads would be in a row. Emscripten hands over through Module.instantiateWasm.
// compileStreaming compiles while the bytes arrive; it needs the server to say
// application/wasm, so another type gets the whole file first, and then compiles.
function compileWasm(url) {
    return fetch(url, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok)
            throw new Error(`${url}: HTTP ${response.status}`);
        const type = response.headers.get('Content-Type') || '';
        return type.startsWith('application/wasm') ? WebAssembly.compileStreaming(response)
            : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    });
}

if (typeof document !== 'undefined' && !window.engageOffline) {
    const build = self.engageBuild();
    const compiled = compileWasm(build + '.wasm');
    compiled.catch(() => {}); // reported through onAbort once index.js asks for the module
    window.Module.instantiateWasm = (imports, receiveInstance) => {
        compiled.then((module) => WebAssembly.instantiate(module, imports)
            .then((instance) => receiveInstance(instance, module)))
            .catch((error) => window.Module.onAbort(String(error.message || error)));
        return {}; // the exports arrive later, through receiveInstance
    };
    const script = document.createElement('script');
    script.src = build + '.js';
    document.body.appendChild(script);
}
