// The benchmark harness (scripts/bench.sh runs it): generates the data, serves this repository
// on a localhost port, runs ONE headless Chromium session that times our wasm engine against
// PapaParse, uDSV, d3-dsv and DuckDB-wasm on the same bytes (results checked equal), times the
// native build on the same files, measures the web app (first frame, frame time with a small and
// a big table, gzip size of what it loads), writes build/bench/results.json and prints a table.
//
// Options: --quick (1e6 rows only), --smoke (1e3 rows, no app, exit 1 when results disagree),
// --sizes=1e5,1e6 (rows), --repeat=N (best of N, default 3; 1 at 1e7), --no-app, --app-only,
// --no-native, --engine-only (our wasm engine with SIMD, KPIs only and with the table view: no
// peers, no scalar build, no hit tables, no app; minutes instead of many), --out=FILE.
// Timings are figures to read, never assertions: only agreement can fail a run.
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'build', 'bench', 'data');
const appTableRows = 200000; // AnalysisOptions::max_table_rows, what the app keeps

function parseArgs(argv) {
    const options = { sizes: [1e5, 1e6, 1e7], repeat: null, app: true, native: true,
        smoke: false, engineOnly: false, out: join(root, 'build', 'bench', 'results.json') };
    for (const arg of argv) {
        const [key, value] = arg.split('=');
        if (key === '--quick') options.sizes = [1e6];
        else if (key === '--smoke')
            Object.assign(options, { sizes: [1e3], smoke: true, app: false });
        else if (key === '--sizes') options.sizes = value.split(',').map(Number);
        else if (key === '--repeat') options.repeat = Number(value);
        else if (key === '--no-app') options.app = false;
        else if (key === '--app-only') options.sizes = [];
        else if (key === '--no-native') options.native = false;
        else if (key === '--engine-only') Object.assign(options, { engineOnly: true, app: false });
        else if (key === '--out') options.out = resolve(value);
        else throw new Error(`unknown option ${arg}`);
    }
    return options;
}

function label(rows) {
    return rows.toExponential(0).replace('+', '');
}

// ---- Data --------------------------------------------------------------------------------------
function dataFile(kind, rows) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, `${kind}_${label(rows)}.csv`);
    if (!existsSync(file) || statSync(file).size === 0)
        execFileSync(process.execPath, [join(root, 'bench', 'web', 'generate.mjs'), kind,
            String(rows), file, '7'], { stdio: 'inherit' });
    return file;
}

function urlOf(file) {
    return '/' + file.slice(root.length + 1);
}

// ---- A static server for the page, our builds and node_modules, on localhost only --------------
const served = ['bench/web/', 'build/bench/', 'build/bench-wasm/', 'build/web/', 'node_modules/'];
const contentTypes = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
    '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.json': 'application/json',
};

function serve() {
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
        const file = normalize(join(root, path));
        const relative = file.slice(root.length + 1);
        if (!file.startsWith(root + '/') || !served.some((dir) => relative.startsWith(dir)) ||
            !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, {
            'Content-Type': contentTypes[extname(file)] || 'application/octet-stream',
        });
        response.end(readFileSync(file));
    });
    return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function launch() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: [
            '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
            '--disable-quic', '--disable-background-networking', '--disable-component-update',
            '--no-first-run', '--js-flags=--expose-gc --max-old-space-size=4096',
            '--enable-precise-memory-info',
        ],
    });
}

// ---- Agreement ---------------------------------------------------------------------------------
const compared = ['rows', 'engagement_rate', 'click_through_rate', 'nps', 'reach', 'impressions',
    'time_on_site'];

function disagreements(reference, result) {
    const out = [];
    for (const key of compared) {
        const a = reference[key];
        const b = result[key];
        const scale = Math.max(Math.abs(a), Math.abs(b), 1);
        if (typeof a !== 'number' || typeof b !== 'number' || Math.abs(a - b) > 1e-9 * scale)
            out.push(`${key}: ${a} vs ${b}`);
    }
    return out;
}

// ---- Browser measurements ----------------------------------------------------------------------
async function best(repeat, work) {
    let chosen = null;
    for (let i = 0; i < repeat; ++i) {
        const run = await work();
        if (!chosen || run.ms < chosen.ms)
            chosen = run;
    }
    return chosen;
}

async function measureSize(page, rows, options, log) {
    const file = dataFile('posts', rows);
    const url = urlOf(file);
    const bytes = statSync(file).size;
    const megabytes = bytes / 1e6;
    const repeat = options.repeat || (rows >= 1e7 ? 1 : 3);
    const out = { rows, bytes, repeat, contenders: {} };
    const record = (name, run) => {
        // Under the timer's resolution (tiny smoke files) there is no speed to state.
        const mbS = run.ms > 0 ? megabytes / (run.ms / 1000) : null;
        out.contenders[name] = { ms: run.ms, mb_s: mbS,
            js_heap_delta: run.js_heap_delta, result: run.result };
        log(`  ${label(rows)} ${name.padEnd(18)} ${run.ms.toFixed(1)} ms`);
        return run;
    };

    await page.evaluate((u) => window.bench.fileSize(u), url);
    for (const flavor of options.engineOnly ? ['simd'] : ['simd', 'scalar']) {
        const run = await best(repeat, () => page.evaluate(
            ([u, f]) => window.bench.engine(u, f, 0), [url, flavor]));
        record(`engine_${flavor}`, run);
        out.contenders[`engine_${flavor}`].wasm_memory_bytes = run.wasm_memory_bytes;
        out.contenders[`engine_${flavor}`].wasm_heap_peak = run.wasm_heap_peak;
        const scan = await best(repeat, () => page.evaluate(
            ([u, f]) => window.bench.scan(u, f), [url, flavor]));
        out[`scan_${flavor}_mb_s`] = scan.ms > 0 ? megabytes / (scan.ms / 1000) : null;
    }
    // The app's mode: the same KPIs plus the first 200,000 rows kept for the table view. Each
    // run is a fresh instance, so every run's memory is the same peak.
    const table = await best(repeat, () => page.evaluate(
        ([u, n]) => window.bench.engine(u, 'simd', n), [url, appTableRows]));
    record('engine_table_view', table);
    out.table_view = { wasm_memory_bytes: table.wasm_memory_bytes,
        wasm_heap_peak: table.wasm_heap_peak, rows_kept: Math.min(rows, appTableRows) };
    log(`  ${label(rows)} table view memory ${(table.wasm_memory_bytes / 1e6).toFixed(1)} MB ` +
        `= ${(table.wasm_memory_bytes / bytes).toFixed(2)}x the file (heap peak ` +
        `${(table.wasm_heap_peak / 1e6).toFixed(1)} MB; KPIs only ` +
        `${(out.contenders.engine_simd.wasm_memory_bytes / 1e6).toFixed(1)} MB)`);

    for (const name of options.engineOnly ? [] : ['papaparse', 'udsv', 'd3']) {
        record(name, await best(repeat, () => page.evaluate(
            ([u, n]) => window.bench.peer(u, n), [url, name])));
    }
    try {
        if (!options.engineOnly)
            record('duckdb', await best(repeat, () => page.evaluate(
                (u) => window.bench.duckdb(u), url)));
    } catch (error) {
        out.contenders.duckdb = { error: String(error.message || error).slice(0, 300) };
        log(`  ${label(rows)} duckdb failed: ${out.contenders.duckdb.error}`);
    }

    const reference = out.contenders.engine_simd.result;
    out.disagreements = {};
    for (const [name, contender] of Object.entries(out.contenders)) {
        if (!contender.result)
            continue;
        const wrong = disagreements(reference, contender.result);
        if (wrong.length > 0)
            out.disagreements[name] = wrong;
    }
    out.agree = Object.keys(out.disagreements).length === 0;
    return out;
}

async function measureHits(page, rows, repeat, log) {
    const file = dataFile('hits', rows);
    const megabytes = statSync(file).size / 1e6;
    const run = await best(repeat, () => page.evaluate(
        ([u]) => window.bench.engine(u, 'simd', 0), [urlOf(file)]));
    log(`  ${label(rows)} hit log, engine  ${(megabytes / (run.ms / 1000)).toFixed(1)} MB/s`);
    return { rows, bytes: statSync(file).size, engine_wasm_mb_s: megabytes / (run.ms / 1000),
        wasm_memory_bytes: run.wasm_memory_bytes };
}

// Opens the app in a fresh context and waits for its first frame. Frame callbacks are timed by
// wrapping requestAnimationFrame before the app's scripts run.
async function openApp(browser, origin) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 },
        deviceScaleFactor: 1 });
    const page = await context.newPage();
    const loaded = [];
    page.on('response', async (response) => {
        try {
            loaded.push({ url: response.url(), body: await response.body() });
        } catch {
            // redirects and failed loads carry no body
        }
    });
    await page.addInitScript(() => {
        // Time inside WebGL calls is the renderer's (SwiftShader here, the GPU driver
        // elsewhere), not ImGui's: it is measured apart and taken off the frame's time.
        let glMs = 0;
        const gl = WebGL2RenderingContext.prototype;
        for (const name of Object.getOwnPropertyNames(gl)) {
            const descriptor = Object.getOwnPropertyDescriptor(gl, name);
            if (typeof descriptor.value !== 'function' || name === 'constructor')
                continue;
            const original = descriptor.value;
            gl[name] = function (...args) {
                const start = performance.now();
                try {
                    return original.apply(this, args);
                } finally {
                    glMs += performance.now() - start;
                }
            };
        }
        window.__frameMs = [];
        window.__frameGlMs = [];
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) => raf((time) => {
            glMs = 0;
            const start = performance.now();
            callback(time);
            const total = performance.now() - start;
            window.__frameMs.push(total - glMs);
            window.__frameGlMs.push(glMs);
        });
        let engage;
        Object.defineProperty(window, 'engage', {
            configurable: true,
            get: () => engage,
            set: (value) => {
                engage = value;
                value.ready.then(() => { window.__readyAt = performance.now(); });
            },
        });
    });
    await page.goto(origin + '/build/bench/web/index.html');
    // A half-built app (its static files copied, no wasm) never gets ready: give up, don't hang.
    await page.waitForFunction(() => window.__readyAt !== undefined, null,
                               { polling: 50, timeout: 60000 });
    const firstFrameMs = await page.evaluate(() => window.__readyAt);
    // Where the first frame's time went: when each script and the wasm had arrived, and the
    // start-up marks (bridge.js: wasm instantiated; app.cpp: main, WebGL context, fonts, first
    // analysis, first frame), all in ms since navigation start.
    const startup = await page.evaluate(() => {
        const at = {};
        for (const entry of performance.getEntriesByType('resource')) {
            const name = entry.name.split('/').pop();
            if (/\.(js|wasm)$/.test(name))
                at[`${name} loaded`] = entry.responseEnd;
        }
        for (const entry of performance.getEntriesByType('mark'))
            if (entry.name.startsWith('engage:'))
                at[entry.name.slice('engage:'.length)] = entry.startTime;
        return at;
    });
    return { context, page, loaded, firstFrameMs, startup };
}

// The web app: time to the first frame, CPU time of each frame with a table open, and the gzip
// size of everything the page loads. The first frame is the median of five loads, each in a
// fresh browser context (nothing cached): one load on a shared machine is mostly noise.
async function measureApp(browser, origin, log) {
    const loads = [];
    for (let i = 0; i < 5; ++i) {
        loads.push(await openApp(browser, origin));
        if (i < 4)
            await loads[i].context.close();
    }
    const { context, page, loaded } = loads[4];
    const byTime = loads.slice().sort((x, y) => x.firstFrameMs - y.firstFrameMs);
    const { firstFrameMs, startup } = byTime[2];
    const frameTimes = async (rows) => {
        const url = urlOf(dataFile('posts', rows));
        await page.evaluate(async (u) => {
            const bytes = new Uint8Array(await (await fetch(u)).arrayBuffer());
            window.engage.loadBytes(bytes, 'posts.csv');
            window.engage.report(); // finishes the analysis now instead of a slice per frame
        }, url);
        // Scroll the data panel down to the table view, so its rows are drawn in every frame.
        await page.mouse.move(280, 600);
        for (let i = 0; i < 8; ++i) {
            await page.mouse.wheel(0, 400);
            await page.waitForTimeout(150);
        }
        return page.evaluate(() => new Promise((done) => {
            let skip = 30;
            const wait = () => {
                if (--skip > 0) {
                    requestAnimationFrame(wait);
                    return;
                }
                // At least 40 frames, or what 10 s give (SwiftShader frames are slow).
                const from = window.__frameMs.length;
                const started = performance.now();
                const collect = () => {
                    if (window.__frameMs.length - from < 40 && performance.now() - started < 1e4) {
                        setTimeout(collect, 100);
                        return;
                    }
                    const sorted = (list) => list.slice(from).sort((a, b) => a - b);
                    const times = sorted(window.__frameMs);
                    const gl = sorted(window.__frameGlMs);
                    done({ frames: times.length, median: times[Math.floor(times.length / 2)],
                        p95: times[Math.floor(times.length * 0.95)],
                        webgl_median: gl[Math.floor(gl.length / 2)] });
                };
                collect();
            };
            requestAnimationFrame(wait);
        }));
    };
    const small = await frameTimes(1e3);
    await page.screenshot({ path: join(root, 'build', 'bench', 'app_1e3.png') });
    const big = await frameTimes(1e6);
    await page.screenshot({ path: join(root, 'build', 'bench', 'app_1e6.png') });

    const files = loaded.filter((f) => f.url.startsWith(origin) && !f.url.endsWith('.csv'));
    const gzip = files.map((f) => ({ url: f.url.slice(origin.length), bytes: f.body.length,
        gzip_bytes: gzipSync(f.body, { level: 9 }).length }));
    await context.close();
    log(`  app: first frame ${firstFrameMs.toFixed(0)} ms (median of ${loads.map((load) =>
        load.firstFrameMs.toFixed(0)).join(', ')}), frame ${small.median.toFixed(2)} / ` +
        `${big.median.toFixed(2)} ms (1e3 / 1e6 rows)`);
    log(`  app start-up (ms): ${Object.entries(startup).sort((a, b) => a[1] - b[1])
        .map(([step, ms]) => `${step} ${ms.toFixed(0)}`).join(', ')}`);
    for (const file of gzip)
        log(`  app file ${file.url}: ${file.bytes} bytes, ${file.gzip_bytes} gzip`);
    return { first_frame_ms: firstFrameMs,
        first_frame_ms_loads: loads.map((load) => load.firstFrameMs), startup_ms: startup,
        frame_1e3: small, frame_1e6: big, files: gzip,
        bundle_gzip_bytes: gzip.reduce((sum, f) => sum + f.gzip_bytes, 0) };
}

// ---- Native ------------------------------------------------------------------------------------
function measureNative(file, runs) {
    const bench = join(root, 'build', 'native', 'bench_engine');
    const cli = join(root, 'build', 'native', 'engage');
    const figures = JSON.parse(execFileSync(bench, [file, String(runs)], { encoding: 'utf8' }));
    // Peak RSS of the CLI streaming the file (GNU time's %M, in KiB).
    const timed = spawnSync('/usr/bin/time', ['-f', '%M', cli, 'kpis', file],
        { encoding: 'utf8', maxBuffer: 1 << 26 });
    figures.cli_peak_rss_bytes = Number(timed.stderr.trim().split('\n').pop()) * 1024;
    return figures;
}

// ---- Main --------------------------------------------------------------------------------------
function machine() {
    const model = cpus()[0] ? cpus()[0].model : 'unknown';
    // Other work on the machine skews every figure: the load is recorded at start and end.
    return { cpu: model, cores: cpus().length, memory_bytes: totalmem(), node: process.version,
        load_average_at_start: loadavg() };
}

function summary(results, primaryRows) {
    const size = results.sizes[label(primaryRows)];
    const mbS = (name) => (size.contenders[name] && size.contenders[name].mb_s) || null;
    const ratio = (a, b) => (a && b ? a / b : null);
    const engine = mbS('engine_simd');
    const native = size.native ? size.native.kpis_mb_s : null;
    const memoryRatios = Object.values(results.sizes).map((s) => s.table_view.wasm_memory_bytes /
        s.bytes);
    const app = results.app || {};
    return {
        primary_rows: primaryRows,
        engine_wasm_mb_s: engine,
        engine_wasm_scalar_mb_s: mbS('engine_scalar'),
        engine_wasm_table_view_mb_s: mbS('engine_table_view'),
        engine_native_mb_s: native,
        papaparse_mb_s: mbS('papaparse'),
        udsv_mb_s: mbS('udsv'),
        d3_mb_s: mbS('d3'),
        duckdb_mb_s: mbS('duckdb'),
        ratio_vs_papaparse: ratio(engine, mbS('papaparse')),
        ratio_vs_udsv: ratio(engine, mbS('udsv')),
        ratio_vs_d3: ratio(engine, mbS('d3')),
        ratio_vs_duckdb: ratio(engine, mbS('duckdb')),
        wasm_vs_native: ratio(native, engine),
        scan_wasm_mb_s: size.scan_simd_mb_s,
        scan_native_mb_s: size.native ? size.native.scan_mb_s : null,
        scan_wasm_vs_native: ratio(size.native ? size.native.scan_mb_s : null, size.scan_simd_mb_s),
        peak_memory_ratio: Math.max(...memoryRatios),
        frame_ms_1e3: app.frame_1e3 ? app.frame_1e3.median : null,
        frame_ms_1e6: app.frame_1e6 ? app.frame_1e6.median : null,
        bundle_gzip_bytes: app.bundle_gzip_bytes || null,
        first_frame_ms: app.first_frame_ms || null,
        results_agree: Object.values(results.sizes).every((s) => s.agree),
    };
}

function printTable(results) {
    const sizes = Object.keys(results.sizes);
    const names = Object.keys(results.sizes[sizes[0]].contenders);
    const line = (cells) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(20)
        : c.padStart(12))).join(''));
    console.log('\nMB/s (higher is better)');
    line(['', ...sizes]);
    for (const name of names) {
        line([name, ...sizes.map((s) => {
            const c = results.sizes[s].contenders[name];
            return c && c.mb_s ? c.mb_s.toFixed(1) : 'n/a';
        })]);
    }
    line(['native (kpis)', ...sizes.map((s) => (results.sizes[s].native
        ? results.sizes[s].native.kpis_mb_s.toFixed(1) : 'n/a'))]);
    const figure = (value) => (typeof value === 'number' ? value.toFixed(1) : 'n/a');
    line(['scan wasm simd', ...sizes.map((s) => figure(results.sizes[s].scan_simd_mb_s))]);
    line(['scan wasm scalar', ...sizes.map((s) => figure(results.sizes[s].scan_scalar_mb_s))]);
    line(['scan native', ...sizes.map((s) => (results.sizes[s].native
        ? results.sizes[s].native.scan_mb_s.toFixed(1) : 'n/a'))]);
    console.log('\nSummary');
    for (const [key, value] of Object.entries(results.summary))
        console.log(`  ${key.padEnd(30)} ${typeof value === 'number' && !Number.isInteger(value)
            ? value.toFixed(3) : value}`);
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const log = (text) => console.log(text);
    const results = { generated: new Date().toISOString(), machine: machine(), options, sizes: {} };

    for (const rows of options.sizes)
        dataFile('posts', rows);
    const server = await serve();
    const origin = `http://127.0.0.1:${server.address().port}`;
    const browser = await launch();
    results.machine.browser = browser.version();
    try {
        const context = await browser.newContext();
        const page = await context.newPage();
        const requests = [];
        page.on('request', (request) => {
            if (!request.url().startsWith(origin) && !request.url().startsWith('data:') &&
                !request.url().startsWith('blob:'))
                requests.push(request.url());
        });
        page.on('pageerror', (error) => log(`page error: ${error.message}`));
        await page.goto(origin + '/bench/web/bench.html');
        await page.waitForFunction(() => window.benchReady === true);

        for (const rows of options.sizes) {
            const size = await measureSize(page, rows, options, log);
            if (options.native)
                size.native = measureNative(dataFile('posts', rows), Math.min(size.repeat, 3));
            results.sizes[label(rows)] = size;
        }
        if (!options.smoke && !options.engineOnly) {
            results.hits = {};
            for (const rows of options.sizes.filter((n) => n <= 1e6)) {
                results.hits[label(rows)] = await measureHits(page, rows, 1, log);
                if (options.native)
                    results.hits[label(rows)].native = measureNative(dataFile('hits', rows), 1);
            }
        }
        results.requests_to_other_origins = requests;
        await context.close();
        if (options.app && existsSync(join(root, 'build', 'bench', 'web', 'index.wasm')))
            results.app = await measureApp(browser, origin, log);
        else if (options.app)
            log('  app: build/bench/web/index.wasm is missing, no app figures');
    } finally {
        await browser.close();
        server.close();
    }

    results.machine.load_average_at_end = loadavg();
    const primary = options.sizes.includes(1e6) ? 1e6 : options.sizes[options.sizes.length - 1];
    results.summary = primary ? summary(results, primary) : { app: results.app };
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify({ ...results.summary, ...results }, null, 2) + '\n');
    if (primary)
        printTable(results);
    for (const [rows, size] of Object.entries(results.sizes))
        if (!size.agree)
            console.log(`results disagree at ${rows} rows: ${JSON.stringify(size.disagreements)}`);
    console.log(`\nwritten: ${options.out}`);
    if (primary && !results.summary.results_agree)
        process.exitCode = 1;
}

main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
