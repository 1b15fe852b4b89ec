// bridge.js: the page's only hand-written JavaScript. It bridges browser events that
// Emscripten 3.1.6's GLFW does not handle (paste, file input, drag and drop, HiDPI, touch,
// wheel) to the app, and exposes `window.engage` for automation. Everything the user sees is
// drawn by the app. No network request after load, nothing stored in the browser.
'use strict';

(function () {
    const canvas = document.getElementById('canvas');
    const fileInput = document.getElementById('file-input');
    const loading = document.getElementById('loading');
    const dropHint = document.getElementById('drop-hint');

    const browserLanguage = (navigator.languages && navigator.languages[0]) ||
        navigator.language || 'en';
    const germanFirst = /^de\b/i.test(browserLanguage);
    for (const p of loading.querySelectorAll('p'))
        p.hidden = (p.lang === 'de') !== germanFirst;

    let app = null; // the Emscripten module once the app has drawn its first frame
    let resolveReady;
    let rejectReady;
    const ready = new Promise((resolve, reject) => {
        resolveReady = resolve;
        rejectReady = reject;
    });

    function showError(message) {
        loading.classList.remove('hidden');
        loading.classList.add('error');
        loading.querySelector('p:not([hidden])').textContent = message;
    }

    // ---- The Emscripten module -------------------------------------------------------------
    // index.js reads this global when it starts; bridge.js is loaded before it.
    window.Module = {
        canvas,
        // The initial language comes from the browser; the app parses the tag.
        arguments: ['--lang', browserLanguage],
        // The wasm is compiled and instantiated (the start-up's steps: app.cpp's marks).
        preRun: [() => performance.mark('engage:wasm')],
        print: (text) => console.log(text),
        printErr: (text) => console.error(text),
        onAbort: (what) => {
            const text = germanFirst
                ? 'EngageLens konnte nicht starten (' + what + '). Braucht WebGL2 und WebAssembly.'
                : 'EngageLens could not start (' + what + '). It needs WebGL2 and WebAssembly.';
            showError(text);
            rejectReady(new Error(String(what)));
        },
        // Called by the app (app/browser.cpp).
        engageHost: {
            ready() {
                app = window.Module;
                fitCanvas();
                watchDevicePixelRatio();
                loading.classList.add('hidden');
                resolveReady(window.engage);
            },
            openFileDialog() {
                fileInput.click();
            },
            setDocumentLanguage(tag) {
                document.documentElement.lang = tag;
            },
            // A file chooser per purpose (a taxonomy model, ...), apart from the table input.
            chooseFile(purpose, accept) {
                const input = document.createElement('input');
                input.type = 'file';
                input.accept = accept;
                input.hidden = true;
                input.addEventListener('change', () => {
                    const file = input.files && input.files[0];
                    input.remove();
                    if (file)
                        file.text().then((text) => app.receiveFile(purpose, text, file.name),
                            (error) => console.error('EngageLens: cannot read ' + file.name +
                                                     ': ' + error));
                });
                document.body.appendChild(input);
                input.click();
            },
            copyText(text) {
                if (navigator.clipboard && navigator.clipboard.writeText)
                    navigator.clipboard.writeText(text).catch(() => {});
            },
            // Options changed for a streamed file: read it again, keeping the options.
            restreamFile() {
                if (streamedFile)
                    streamFile(streamedFile, true).catch((error) => console.error(
                        'EngageLens: cannot read ' + streamedFile.name + ': ' + error));
            },
        },
    };

    // ---- HiDPI: the canvas has CSS size x devicePixelRatio pixels ------------------------------
    // Emscripten's GLFW sizes the canvas in CSS pixels only, which looks soft at DPR 2. The app
    // draws in device pixels (fonts rasterised at size x DPR), and GLFW's mouse coordinates are
    // scaled to canvas pixels, so clicks land where things are drawn.
    function fitCanvas() {
        if (!app)
            return;
        // ResizeObserver's devicePixelContentBoxSize would be exact, but Chromium's DPR
        // emulation (as in the tests) leaves it at CSS size; the rounded product is within a
        // pixel everywhere.
        const dpr = window.devicePixelRatio || 1;
        const box = canvas.getBoundingClientRect();
        const width = Math.max(1, Math.round(box.width * dpr));
        const height = Math.max(1, Math.round(box.height * dpr));
        if (canvas.width !== width || canvas.height !== height)
            app.setCanvasSize(width, height); // GLFW hears this and resizes its window
    }

    function watchDevicePixelRatio() {
        // Browser zoom and moving the window to another screen change the DPR without a resize.
        const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        query.addEventListener('change', () => {
            fitCanvas();
            watchDevicePixelRatio();
        }, { once: true });
    }

    window.addEventListener('resize', fitCanvas);
    if (window.ResizeObserver)
        new ResizeObserver(fitCanvas).observe(canvas);

    // ---- Paste: from the browser's paste event, anywhere on the page --------------------------
    // Emscripten's GLFW has no clipboard. Ctrl/Cmd+V still reaches the app as a key, but the text
    // only comes with the paste event: into the active text field if there is one, else it is
    // analysed as a new table.
    document.addEventListener('paste', (event) => {
        if (!app)
            return;
        const data = event.clipboardData;
        if (!data)
            return;
        if (data.files && data.files.length > 0 && !app.textInputActive()) {
            event.preventDefault();
            loadFile(data.files[0]);
            return;
        }
        const text = data.getData('text/plain');
        if (!text)
            return;
        event.preventDefault();
        if (app.textInputActive())
            app.insertText(text);
        else
            app.loadText(text, 'clipboard');
    });

    // ---- Files: the hidden <input type=file> and drag and drop ----------------------------------
    // Files are read as bytes, so the engine sees the byte-order mark of a UTF-16 export.
    // Files up to a few MiB are read whole; bigger ones stream a File.slice piece per frame, so
    // a 1 GB export never sits in memory and the page keeps drawing its progress bar.
    const streamMinBytes = 4 * 1024 * 1024;
    const streamPieceBytes = 1024 * 1024;
    let streamedFile = null;
    const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done()));

    async function streamFile(file, restream) {
        streamedFile = file;
        const id = app.streamBegin(file.name, file.size, restream);
        for (let at = 0; at < file.size; at += streamPieceBytes) {
            if (!app.streamActive(id))
                return; // cancelled, replaced by other input, or refused as not a table
            const piece = await file.slice(at, at + streamPieceBytes).arrayBuffer();
            app.streamFeed(id, new Uint8Array(piece));
            await nextFrame();
        }
        app.streamEnd(id);
    }

    function loadFile(file) {
        if (file.size >= streamMinBytes) {
            streamFile(file, false).catch(
                (error) => console.error('EngageLens: cannot read ' + file.name + ': ' + error));
            return;
        }
        streamedFile = null;
        file.arrayBuffer().then((buffer) => {
            if (app)
                app.loadBytes(new Uint8Array(buffer), file.name);
        }, (error) => console.error('EngageLens: cannot read ' + file.name + ': ' + error));
    }

    fileInput.addEventListener('change', () => {
        if (fileInput.files && fileInput.files.length > 0)
            loadFile(fileInput.files[0]);
        fileInput.value = ''; // choosing the same file again loads it again
    });

    let dragDepth = 0;
    function setDragging(on) {
        if (on) {
            const german = app && app.language() === 'de';
            dropHint.firstElementChild.textContent = german
                ? 'Datei hier ablegen, um sie zu analysieren' : 'Drop the file to analyse it';
        }
        document.body.classList.toggle('dragging', on);
    }
    window.addEventListener('dragenter', (event) => {
        event.preventDefault();
        if (++dragDepth === 1)
            setDragging(true);
    });
    window.addEventListener('dragleave', () => {
        if (--dragDepth <= 0) {
            dragDepth = 0;
            setDragging(false);
        }
    });
    window.addEventListener('dragover', (event) => {
        event.preventDefault(); // without this the browser opens the file instead
        if (event.dataTransfer)
            event.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', (event) => {
        event.preventDefault();
        dragDepth = 0;
        setDragging(false);
        const data = event.dataTransfer;
        if (!app || !data)
            return;
        if (data.files && data.files.length > 0)
            loadFile(data.files[0]);
        else if (data.getData('text/plain'))
            app.loadText(data.getData('text/plain'), 'drop');
    }, true);

    // ---- Wheel ----------------------------------------------------------------------------------
    // GLFW 3.1.6 passes the browser's wheel delta unscaled and with the wrong sign for ImGui
    // (100 per notch, positive = down). The app gets wheel steps instead: 1 = one notch up.
    function onWheel(event) {
        if (event.target !== canvas)
            return;
        event.stopPropagation(); // keeps GLFW's own wheel handler away
        if (event.ctrlKey)
            return; // Ctrl+wheel and pinch: browser zoom, which changes the DPR the app follows
        event.preventDefault();
        if (!app || event.type !== 'wheel')
            return;
        const step = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 3 : 1 / 100;
        app.scrollWheel(-event.deltaX * step, -event.deltaY * step);
    }
    for (const type of ['wheel', 'mousewheel', 'DOMMouseScroll'])
        window.addEventListener(type, onWheel, { capture: true, passive: false });

    // ---- Touch: taps become clicks, drags become scrolling --------------------------------------
    // GLFW 3.1.6 turns touchstart into a press at the *previous* mouse position (its touch
    // coordinates only work with SDL), so a tap clicks whatever was under the last tap. Touches
    // are kept from GLFW and replayed as mouse events at the touched point.
    const tapSlop = 10; // CSS px a finger may wander and still tap
    let touch = null;

    function sendMouse(type, point) {
        canvas.dispatchEvent(new MouseEvent(type, {
            clientX: point.clientX,
            clientY: point.clientY,
            button: 0,
            buttons: type === 'mouseup' ? 0 : 1,
            bubbles: true,
            cancelable: true,
        }));
    }

    function onTouch(event) {
        if (event.target !== canvas)
            return;
        event.stopPropagation();
        event.preventDefault(); // no emulated mouse events on top of ours
        if (!app)
            return;
        const point = event.changedTouches[0];
        if (event.type === 'touchstart') {
            if (event.touches.length !== 1) {
                touch = null; // a second finger: not a tap and not our scroll
                return;
            }
            touch = { id: point.identifier, x0: point.clientX, y0: point.clientY,
                      x: point.clientX, y: point.clientY, dragging: false };
            sendMouse('mousemove', point); // hover first, so ImGui knows what is under the finger
            return;
        }
        if (!touch || point.identifier !== touch.id)
            return;
        if (event.type === 'touchmove') {
            if (!touch.dragging && Math.hypot(point.clientX - touch.x0,
                                              point.clientY - touch.y0) > tapSlop)
                touch.dragging = true;
            if (touch.dragging)
                app.scrollPixels(point.clientX - touch.x, point.clientY - touch.y);
            touch.x = point.clientX;
            touch.y = point.clientY;
            return;
        }
        if (event.type === 'touchend' && !touch.dragging) {
            // ImGui sees a press even when the release follows within the same frame.
            sendMouse('mousedown', point);
            sendMouse('mouseup', point);
            // Phones open their keyboard only for a focus inside the tap's own handler.
            if (app.textFieldHovered() || app.textInputActive()) {
                focusTextProxy();
                tapFocusFrames = 3; // the app makes the field active only in its next frame
            }
        }
        touch = null;
    }
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
        window.addEventListener(type, onTouch, { capture: true, passive: false });

    // ---- Text entry: phone keyboards, IMEs and dictation ----------------------------------------
    // Emscripten's GLFW types only what keypress events carry. Phone keyboards, IME composition
    // (Japanese, Chinese, Korean) and dictation send `input` events to a focused text field
    // instead, which a canvas never gets. So while an ImGui text field is active, a hidden
    // <input> at its text cursor holds the browser's focus: what lands in it goes to the app as
    // typed text, while keys (Backspace, arrows, Enter, shortcuts) still reach GLFW as before.
    const textProxy = document.createElement('input');
    textProxy.id = 'text-proxy';
    textProxy.type = 'text';
    textProxy.tabIndex = -1;
    for (const [name, value] of [['autocomplete', 'off'], ['autocapitalize', 'off'],
        ['autocorrect', 'off'], ['spellcheck', 'false'], ['aria-label', 'Text']])
        textProxy.setAttribute(name, value);
    document.body.appendChild(textProxy);
    // One character always stays in the field, so a phone keyboard's Backspace has something to
    // delete and reports it (as an input event, not a key).
    const keepChar = '\u00a0';
    let composing = false;
    let tapFocusFrames = 0; // frames the field keeps a tap's focus before the app confirms it

    function resetTextProxy() {
        textProxy.value = keepChar;
        textProxy.setSelectionRange(1, 1);
    }

    function focusTextProxy() {
        if (document.activeElement === textProxy)
            return;
        resetTextProxy();
        textProxy.focus({ preventScroll: true });
    }

    // A key as GLFW reads it (only keyCode), pressed and released. The app holds a release back
    // until ImGui has seen the press in a frame (app.cpp, key_callback).
    function pressKey(keyCode, key) {
        for (const type of ['keydown', 'keyup']) {
            const event = new KeyboardEvent(type, { key, bubbles: true, cancelable: true });
            Object.defineProperty(event, 'keyCode', { value: keyCode });
            window.dispatchEvent(event);
        }
    }

    // Whatever the browser put into the field since the last reset goes to the app once.
    function takeTextProxy() {
        if (!app || composing)
            return;
        const value = textProxy.value;
        if (value.length === 0)
            pressKey(8, 'Backspace'); // the kept character was deleted
        else if (value !== keepChar)
            app.typeText(value.startsWith(keepChar) ? value.slice(keepChar.length) : value);
        resetTextProxy();
    }

    textProxy.addEventListener('compositionstart', () => { composing = true; });
    textProxy.addEventListener('compositionend', () => {
        composing = false;
        takeTextProxy();
    });
    textProxy.addEventListener('input', (event) => {
        if (!event.isComposing)
            takeTextProxy();
    });
    // Registered before GLFW's own listener (index.js loads after this file): a keypress in the
    // field reaches the app through the field's input event only, never twice.
    window.addEventListener('keypress', (event) => {
        if (event.target === textProxy)
            event.stopImmediatePropagation();
    }, true);

    // Each frame: the field follows ImGui's active text field and its text cursor.
    function followTextInput() {
        if (app) {
            const active = app.textInputActive();
            if (active) {
                const caret = JSON.parse(app.textCaret());
                textProxy.style.left = caret.x + 'px';
                textProxy.style.top = caret.y + 'px';
                focusTextProxy();
            } else if (document.activeElement === textProxy && tapFocusFrames === 0) {
                composing = false;
                textProxy.blur();
            }
            tapFocusFrames = active ? 0 : Math.max(0, tapFocusFrames - 1);
        }
        requestAnimationFrame(followTextInput);
    }
    requestAnimationFrame(followTextInput);

    // ---- window.engage: the page's API for automation and tests ---------------------------------
    function requireApp() {
        if (!app)
            throw new Error('EngageLens is not ready yet: await engage.ready first');
        return app;
    }

    window.engage = {
        ready,
        // The current analysis: the same JSON as the CLI's `engage kpis`, parsed.
        report: () => JSON.parse(requireApp().reportJson()),
        // What the Analytics view computed for the current input (NPS statistics, group
        // comparison, history, sessions, attribution), parsed.
        analytics: () => JSON.parse(requireApp().analyticsJson()),
        loadText: (text, name) => requireApp().loadText(String(text), String(name || 'text')),
        loadBytes: (bytes, name) => {
            const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
            requireApp().loadBytes(view, String(name || 'file'));
        },
        setLanguage: (tag) => requireApp().setLanguage(String(tag)),
        // The control that has the keyboard focus (ImGui's navigation cursor), or ''.
        focusedControl: () => requireApp().focusedControl(),
        // True while an ImGui text field has the keyboard.
        textInputActive: () => requireApp().textInputActive(),
        // 0..1 while a big input is being read (a streamed file), null when idle.
        progress: () => {
            const value = requireApp().analysisProgress();
            return value < 0 ? null : value;
        },
        language: () => requireApp().language(),
        // Where a named control was drawn in the last frame, in CSS pixels: {x, y, width,
        // height}, or null. Lets tests click real controls on the canvas.
        controlRect: (id) => JSON.parse(requireApp().controlRect(String(id))),
        // The nine-categories view: items, matrix cells, corrections and quiz, as JSON.
        taxonomy: () => JSON.parse(requireApp().taxonomyJson()),
        // The report's status line as shown now ("Saved as download: …"), '' when none.
        statusText: () => requireApp().statusText(),
    };
})();
