// The in-browser half of the benchmark harness (scripts/bench.sh, bench/web/run.mjs): the same
// bytes through our wasm engine and through the JS peers, each followed by the aggregation the
// KPIs need, timed with performance.now(). The driver calls window.bench.* through Playwright.
//
// Every contender sees the file as bytes in slices of about 8 MB cut at line ends and keeps
// only its aggregates: a 1e7-row file (800 MB) fits no JS string (V8's limit is ~512 M
// characters), and a page reading a File streams it the same way. The data has no quoted line
// breaks (bench/web/generate.mjs), so cutting at "\n" is exact for every parser.
import { dsvFormat } from '/node_modules/d3-dsv/dist/d3-dsv.mjs';
import { inferSchema, initParser } from '/node_modules/udsv/dist/uDSV.mjs';
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const Papa = window.Papa; // papaparse is a UMD script, loaded by bench.html
const sliceBytes = 8 * 1024 * 1024;
const files = new Map();

async function fileBytes(url) {
    if (!files.has(url)) {
        files.clear(); // one file at a time: the 1e7-row file alone is 800 MB
        const response = await fetch(url);
        files.set(url, new Uint8Array(await response.arrayBuffer()));
    }
    return files.get(url);
}

// Slices of whole lines: [start, end) offsets, each ending after a "\n" (or at the file's end).
function lineSlices(bytes) {
    const slices = [];
    let start = 0;
    while (start < bytes.length) {
        let end = Math.min(start + sliceBytes, bytes.length);
        while (end < bytes.length && bytes[end - 1] !== 0x0a)
            ++end;
        slices.push([start, end]);
        start = end;
    }
    return slices;
}

function jsHeap() {
    return performance.memory ? performance.memory.usedJSHeapSize : null;
}

function collectGarbage() {
    if (typeof window.gc === 'function')
        window.gc();
}

// ---- The KPIs in plain JS, from rows of strings ------------------------------------------------
// German numbers: "1.234.567" (thousands dots) and "83,5" (decimal comma), read one character
// at a time as a careful JS author would (replaceAll plus Number() is several times slower).
function germanNumber(text) {
    let whole = 0;
    let fraction = 0;
    let scale = 1;
    let afterComma = false;
    for (let i = 0; i < text.length; ++i) {
        const code = text.charCodeAt(i);
        if (code >= 48 && code <= 57) {
            if (afterComma) {
                fraction = fraction * 10 + (code - 48);
                scale *= 10;
            } else {
                whole = whole * 10 + (code - 48);
            }
        } else if (code === 44) {
            afterComma = true;
        } else if (code !== 46) {
            return NaN;
        }
    }
    return whole + fraction / scale;
}

class Aggregates {
    constructor(header) {
        const at = (name) => header.findIndex((h) => h.startsWith(name));
        this.column = {
            followers: at('Follower'), likes: at('Gefällt mir'), comments: at('Kommentare'),
            impressions: at('Impressionen'), reach: at('Reichweite'), clicks: at('Klicks'),
            duration: at('Sitzungsdauer'), nps: at('Wie wahrscheinlich'),
        };
        this.rows = 0;
        this.rateSum = 0;
        this.rateRows = 0;
        this.clicks = 0;
        this.impressions = 0;
        this.reach = 0;
        this.durationSum = 0;
        this.promoters = 0;
        this.detractors = 0;
        this.answers = 0;
    }

    add(row) {
        const c = this.column;
        const followers = germanNumber(row[c.followers]);
        const interactions = germanNumber(row[c.likes]) + germanNumber(row[c.comments]);
        if (followers > 0) {
            this.rateSum += interactions / followers * 100;
            ++this.rateRows;
        }
        this.clicks += germanNumber(row[c.clicks]);
        this.impressions += germanNumber(row[c.impressions]);
        this.reach += germanNumber(row[c.reach]);
        this.durationSum += germanNumber(row[c.duration]);
        const answer = Number(row[c.nps]);
        this.promoters += answer >= 9 ? 1 : 0;
        this.detractors += answer <= 6 ? 1 : 0;
        ++this.answers;
        ++this.rows;
    }

    result() {
        return {
            rows: this.rows,
            engagement_rate: this.rateSum / this.rateRows,
            click_through_rate: this.clicks / this.impressions * 100,
            nps: (this.promoters - this.detractors) / this.answers * 100,
            reach: this.reach,
            impressions: this.impressions,
            time_on_site: this.durationSum / this.rows,
        };
    }
}

// ---- Contenders --------------------------------------------------------------------------------
// Each takes the file's bytes and returns the KPIs; the caller times it.
const decoder = new TextDecoder();

// parseSlice(text, first) returns the slice's rows; on the first slice `header` too (the
// header row, left out of `rows`).
function viaRows(bytes, parseSlice) {
    let aggregates = null;
    let first = true;
    for (const [start, end] of lineSlices(bytes)) {
        const parsed = parseSlice(decoder.decode(bytes.subarray(start, end)), first);
        if (first)
            aggregates = new Aggregates(parsed.header);
        first = false;
        for (const row of parsed.rows)
            if (row.length > 1)
                aggregates.add(row);
    }
    return aggregates.result();
}

function headerFirst(rows, first) {
    return first ? { header: rows[0], rows: rows.slice(1) } : { rows };
}

const peers = {
    papaparse: (bytes) => viaRows(bytes, (text, first) => headerFirst(
        Papa.parse(text, { delimiter: ';', newline: '\n', skipEmptyLines: true }).data, first)),

    d3: (bytes) => {
        const format = dsvFormat(';');
        return viaRows(bytes, (text, first) => headerFirst(format.parseRows(text), first));
    },

    // uDSV skips the header line of every text it parses, so later slices get it prepended.
    udsv: (bytes) => {
        let parser = null;
        let headerLine = '';
        return viaRows(bytes, (text, first) => {
            if (first) {
                parser = initParser(inferSchema(text, { col: ';' }));
                headerLine = text.slice(0, text.indexOf('\n') + 1);
                return { header: parser.schema.cols.map((col) => col.name),
                         rows: parser.stringArrs(text) };
            }
            return { rows: parser.stringArrs(headerLine + text) };
        });
    },
};

// ---- Our engine (bench/wasm/bench_module.cpp) ---------------------------------------------------
const engines = new Map();

async function loadEngine(flavor) {
    // A fresh instance per measurement: wasm memory never shrinks, so its size after the run is
    // the run's peak.
    const factory = (await import(`/build/bench-wasm/${flavor}/engage_bench.mjs`)).default;
    return factory();
}

function engineKpis(engine, bytes, tableRows) {
    const run = engine._engage_bench_open(tableRows);
    const slice = 1 << 20; // as the CLI reads: 1 MiB at a time
    const buffer = engine._engage_bench_alloc(slice);
    for (let at = 0; at < bytes.length; at += slice) {
        const piece = bytes.subarray(at, Math.min(at + slice, bytes.length));
        engine.HEAPU8.set(piece, buffer);
        engine._engage_bench_feed(run, buffer, piece.length);
    }
    const json = engine.UTF8ToString(engine._engage_bench_finish(run));
    engine._engage_bench_close(run);
    engine._engage_bench_free(buffer);
    const report = JSON.parse(json);
    const value = (id) => {
        const kpi = report.kpis.find((k) => k.id === id);
        return kpi ? kpi.value : null;
    };
    return {
        rows: report.input.row_count,
        engagement_rate: value('engagement_rate'),
        click_through_rate: value('click_through_rate'),
        nps: value('nps'),
        reach: value('reach'),
        impressions: value('impressions'),
        time_on_site: value('time_on_site'),
        problems: report.input.problem_count,
    };
}

// ---- DuckDB-wasm: read_csv with explicit types, the same aggregates in SQL ----------------------
let duck = null;

async function duckDatabase() {
    if (duck)
        return duck;
    const dist = '/node_modules/@duckdb/duckdb-wasm/dist/';
    const bundle = {
        mainModule: new URL(dist + 'duckdb-eh.wasm', location.href).href,
        mainWorker: new URL(dist + 'duckdb-browser-eh.worker.js', location.href).href,
    };
    const worker = new Worker(bundle.mainWorker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule);
    duck = { db, connection: await db.connect() };
    return duck;
}

// Counts carry thousands dots, which read_csv cannot drop: they are read as text and cleaned in
// SQL. The duration is a DOUBLE read with decimal_separator=','.
const duckQuery = `
WITH posts AS (
  SELECT replace(followers, '.', '')::DOUBLE AS followers,
         replace(likes, '.', '')::DOUBLE AS likes,
         replace(comments, '.', '')::DOUBLE AS comments,
         replace(impressions, '.', '')::DOUBLE AS impressions,
         replace(reach, '.', '')::DOUBLE AS reach,
         replace(clicks, '.', '')::DOUBLE AS clicks,
         duration, nps
  FROM read_csv('posts.csv', delim = ';', header = true, decimal_separator = ',',
                auto_detect = false, quote = '"',
                columns = {'day': 'VARCHAR', 'post': 'VARCHAR', 'followers': 'VARCHAR',
                           'likes': 'VARCHAR', 'comments': 'VARCHAR', 'shares': 'VARCHAR',
                           'impressions': 'VARCHAR', 'reach': 'VARCHAR', 'clicks': 'VARCHAR',
                           'duration': 'DOUBLE', 'nps': 'INTEGER'}))
SELECT count(*)::DOUBLE AS rows,
       avg(CASE WHEN followers > 0 THEN (likes + comments) / followers * 100 END)
           AS engagement_rate,
       sum(clicks) / sum(impressions) * 100 AS click_through_rate,
       (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6))::DOUBLE
           / count(nps) * 100 AS nps,
       sum(reach) AS reach, sum(impressions) AS impressions, avg(duration) AS time_on_site
FROM posts`;

async function duckKpis(bytes) {
    const { db, connection } = await duckDatabase();
    // registerFileBuffer transfers the buffer to the worker: give it a copy, keep ours.
    await db.registerFileBuffer('posts.csv', bytes.slice());
    const table = await connection.query(duckQuery);
    const row = table.get(0).toJSON();
    await db.dropFile('posts.csv');
    const out = {};
    for (const [key, value] of Object.entries(row))
        out[key] = Number(value);
    return out;
}

// ---- What the driver calls ---------------------------------------------------------------------
async function timed(work) {
    collectGarbage();
    const heapBefore = jsHeap();
    const start = performance.now();
    const result = await work();
    const ms = performance.now() - start;
    const heapAfter = jsHeap();
    return { ms, result, js_heap_delta: heapBefore === null ? null : heapAfter - heapBefore };
}

window.bench = {
    async fileSize(url) {
        return (await fileBytes(url)).length;
    },

    async engine(url, flavor, tableRows) {
        const bytes = await fileBytes(url);
        const engine = await loadEngine(flavor);
        const run = await timed(() => engineKpis(engine, bytes, tableRows));
        run.wasm_memory_bytes = engine.HEAPU8.buffer.byteLength;
        run.wasm_heap_peak = engine._engage_bench_heap_peak();
        return run;
    },

    // The CSV scanner alone on bytes already in the heap (the separator search).
    async scan(url, flavor) {
        const bytes = await fileBytes(url);
        const engine = await loadEngine(flavor);
        const pointer = engine._engage_bench_alloc(bytes.length);
        engine.HEAPU8.set(bytes, pointer);
        const run = await timed(() => engine._engage_bench_scan(pointer, bytes.length, 59));
        engine._engage_bench_free(pointer);
        return run;
    },

    async peer(url, name) {
        const bytes = await fileBytes(url);
        return timed(() => peers[name](bytes));
    },

    async duckdb(url) {
        const bytes = await fileBytes(url);
        await duckDatabase(); // instantiating the worker and its wasm is not part of the run
        return timed(() => duckKpis(bytes));
    },
};

window.benchReady = true;
