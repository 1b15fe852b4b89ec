// reports.js: copy, downloads, PNG, the print view and share links, for the app's report
// buttons (app/share_browser.cpp calls Module.engageHost.*). Everything stays in the page:
// the clipboard, Blob downloads, an in-page print view, and a link whose data sits in the URL
// fragment, which browsers never send to a server. Loaded after bridge.js, before index.js.
'use strict';

(function () {
    const host = window.Module.engageHost;
    const app = () => window.Module;

    function tell(kind, detail) {
        if (app().shareEvent)
            app().shareEvent(kind, String(detail || ''));
    }

    // ---- Downloads: Blob + <a download>, revoked once the browser has taken the file ---------
    function saveBlob(blob, name) {
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        tell('download', name);
    }

    host.download = (name, mime, bytes) => saveBlob(new Blob([bytes], { type: mime }), name);

    host.copyReport = (text) => {
        const isLink = /#share=/.test(text) && !/\t/.test(text);
        if (!navigator.clipboard || !navigator.clipboard.writeText) {
            tell('copy-failed', 'navigator.clipboard is not available here');
            return;
        }
        navigator.clipboard.writeText(text).then(
            () => tell('copy', isLink ? 'link' : 'table'),
            (error) => tell('copy-failed', error && error.message ? error.message : error));
    };

    // The app calls this right after rendering a frame: WebGL keeps no copy of the drawing
    // buffer (no preserveDrawingBuffer), so toBlob must snapshot it within the same task.
    host.saveCanvasPng = (name) => {
        document.getElementById('canvas').toBlob((blob) => {
            if (blob)
                saveBlob(blob, name);
        }, 'image/png');
    };

    // ---- Profile files --------------------------------------------------------------------
    const profileInput = document.createElement('input');
    profileInput.type = 'file';
    profileInput.accept = '.json,application/json';
    profileInput.hidden = true;
    profileInput.id = 'profile-input';
    document.body.appendChild(profileInput);
    profileInput.addEventListener('change', () => {
        const file = profileInput.files && profileInput.files[0];
        profileInput.value = '';
        if (file)
            file.text().then((text) => tell('profile-file', text),
                             (error) => tell('profile-file', 'not readable: ' + error));
    });
    host.chooseProfileFile = () => profileInput.click();

    // ---- Print view: a one-page summary inside this page ---------------------------------
    // Built from the app's escaped HTML (classes only, styled by print.css), so the CSP needs
    // neither inline styles nor a new window; window.print() prints just this view.
    let printView = null;
    function closePrintView() {
        if (!printView)
            return;
        printView.remove();
        printView = null;
        document.body.classList.remove('printing');
        document.getElementById('canvas').focus();
    }
    // Keys in the view belong to it, not to the app underneath. GLFW listens on window in the
    // capture phase and cancels Tab; this listener is registered before GLFW's (reports.js runs
    // before index.js), so it can keep those keys away from GLFW and Tab moves between buttons.
    for (const type of ['keydown', 'keypress', 'keyup']) {
        window.addEventListener(type, (event) => {
            if (!printView)
                return;
            event.stopImmediatePropagation();
            if (type === 'keydown' && event.key === 'Escape')
                closePrintView();
        }, true);
    }

    host.openPrintView = (html, title) => {
        closePrintView();
        const german = app().language && app().language() === 'de';
        printView = document.createElement('div');
        printView.id = 'print-view';
        printView.setAttribute('role', 'dialog');
        printView.setAttribute('aria-label', title);
        const bar = document.createElement('div');
        bar.className = 'print-bar';
        const print = document.createElement('button');
        print.id = 'print-now';
        print.textContent = german ? 'Drucken' : 'Print';
        print.addEventListener('click', () => window.print());
        const close = document.createElement('button');
        close.id = 'print-close';
        close.textContent = german ? 'Schließen' : 'Close';
        close.addEventListener('click', closePrintView);
        bar.append(print, close);
        const sheet = document.createElement('article');
        sheet.className = 'print-sheet';
        sheet.innerHTML = html;
        const when = sheet.querySelector('.generated-at');
        if (when)
            when.textContent = new Date().toLocaleString(german ? 'de-DE' : 'en-GB');
        printView.append(bar, sheet);
        document.body.appendChild(printView);
        document.body.classList.add('printing');
        print.focus();
    };

    // ---- Share links: state -> deflate-raw -> base64url in the fragment -----------------------
    function toBase64Url(bytes) {
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function fromBase64Url(text) {
        const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; ++i)
            bytes[i] = binary.charCodeAt(i);
        return bytes;
    }

    async function pipe(bytes, stream) {
        const response = new Response(new Blob([bytes]).stream().pipeThrough(stream));
        return new Uint8Array(await response.arrayBuffer());
    }

    host.makeShareLink = (json, limit) => {
        if (typeof CompressionStream !== 'function') {
            tell('link-failed', 'CompressionStream is not available in this browser');
            return;
        }
        const deflate = new CompressionStream('deflate-raw');
        pipe(new TextEncoder().encode(json), deflate).then((packed) => {
            const fragment = 'share=' + toBase64Url(packed);
            if (fragment.length > limit) {
                tell('link-too-large', fragment.length);
                return;
            }
            const base = location.href.replace(/#.*$/, '');
            tell('link', base + '#' + fragment);
        }, (error) => tell('link-failed', error && error.message ? error.message : error));
    };

    async function readShareFragment() {
        const match = /^#share=([A-Za-z0-9_-]+)$/.exec(location.hash);
        if (!match)
            return null;
        const bytes = await pipe(fromBase64Url(match[1]), new DecompressionStream('deflate-raw'));
        return new TextDecoder().decode(bytes);
    }

    // Opening a link: the state is decoded here and applied once the app runs. No request.
    window.engageShare = {
        async applyFromLocation() {
            let json;
            try {
                json = await readShareFragment();
            } catch (error) {
                // The browser's words ("Failed to fetch") are not for the reader: the app says
                // in the UI's language that the link is damaged.
                tell('link-bad', '');
                return;
            }
            if (json === null)
                return;
            const problem = app().applyState(json, true);
            if (problem)
                tell('link-bad', problem);
        },
    };
    window.addEventListener('hashchange', () => window.engageShare.applyFromLocation());
})();
