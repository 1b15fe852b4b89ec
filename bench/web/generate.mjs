// Reproducible synthetic inputs for the benchmark harness (scripts/bench.sh).
//
// Contract: the same seed and row count give the same bytes on every machine (own PRNG, no
// Math.random, no locale formatting). Two kinds of file:
// - `posts`: a German per-post table as a spreadsheet exports it: ";" separator, thousands dots
//   ("12.345"), decimal commas ("83,5"), a dd.mm.yyyy date, a text label and an NPS answer
//   (0-10) per row, so engagement rate, CTR, time on site and NPS all come from one file.
// - `hits`: a hit table (visitor;timestamp;page), sessionised by the engine.
//
// Usage: node bench/web/generate.mjs posts|hits ROWS OUT_FILE [SEED]
import { closeSync, openSync, writeSync } from 'node:fs';

// xorshift32: small, fast and identical everywhere; quality is ample for synthetic counts.
export function makeRandom(seed) {
    let state = (seed >>> 0) || 0x9e3779b9;
    return () => {
        state ^= state << 13;
        state >>>= 0;
        state ^= state >>> 17;
        state ^= state << 5;
        state >>>= 0;
        return state / 4294967296;
    };
}

// 1234567 -> "1.234.567": German thousands grouping, written by hand so no locale decides it.
export function groupThousands(n) {
    const digits = String(n);
    let out = '';
    for (let i = 0; i < digits.length; ++i) {
        if (i > 0 && (digits.length - i) % 3 === 0)
            out += '.';
        out += digits[i];
    }
    return out;
}

function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}

export const postsHeader = 'Datum;Beitrag;Follower;Gefällt mir;Kommentare;Geteilt;Impressionen;' +
    'Reichweite;Klicks;Sitzungsdauer;Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?';

export function postRow(random, index) {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const followers = 1000 + Math.floor(random() * 2_000_000);
    const reach = 100 + Math.floor(random() * followers);
    const impressions = reach + Math.floor(random() * reach);
    const likes = Math.floor(random() * reach * 0.08);
    const comments = Math.floor(random() * likes * 0.2);
    const shares = Math.floor(random() * comments);
    const clicks = Math.floor(random() * impressions * 0.03);
    const tenths = Math.floor(random() * 3000); // duration in tenths of a second
    const nps = Math.floor(random() * 11);
    return `${pad2(day)}.${pad2(month)}.2025;Beitrag ${index + 1};${groupThousands(followers)};` +
        `${groupThousands(likes)};${groupThousands(comments)};${groupThousands(shares)};` +
        `${groupThousands(impressions)};${groupThousands(reach)};${groupThousands(clicks)};` +
        `${Math.floor(tenths / 10)},${tenths % 10};${nps}`;
}

export const hitsHeader = 'Besucher;Zeitstempel;Seite';
const pages = ['/', '/produkte', '/produkte/kaffee', '/produkte/tee', '/blog', '/blog/rezepte',
    '/kontakt', '/warenkorb', '/kasse', '/danke'];

// Hits arrive in time order; each of many visitors comes back after a random pause, sometimes
// longer than the 30-minute session timeout.
export function hitRows(random, rows, emit) {
    const visitors = Math.max(10, Math.floor(rows / 8));
    let time = Date.UTC(2025, 0, 1) / 1000;
    for (let i = 0; i < rows; ++i) {
        time += Math.floor(random() * 3);
        const visitor = Math.floor(random() * visitors);
        const page = pages[Math.floor(random() * pages.length)];
        const t = new Date(time * 1000);
        const stamp = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-` +
            `${pad2(t.getUTCDate())} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:` +
            pad2(t.getUTCSeconds());
        emit(`v${visitor};${stamp};${page}`);
    }
}

// Whole file as one string (small sizes, tests) or streamed to `out` in ~1 MB pieces.
export function generate(kind, rows, seed, write) {
    const random = makeRandom(seed);
    let batch = [kind === 'hits' ? hitsHeader : postsHeader];
    const flush = (force) => {
        if (force || batch.length >= 16384) {
            write(batch.join('\n') + '\n');
            batch = [];
        }
    };
    if (kind === 'hits') {
        hitRows(random, rows, (line) => {
            batch.push(line);
            flush(false);
        });
    } else {
        for (let i = 0; i < rows; ++i) {
            batch.push(postRow(random, i));
            flush(false);
        }
    }
    flush(true);
}

export function generateText(kind, rows, seed = 7) {
    const parts = [];
    generate(kind, rows, seed, (text) => parts.push(text));
    return parts.join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [kind, rowsText, outFile, seedText] = process.argv.slice(2);
    if (!['posts', 'hits'].includes(kind) || !rowsText || !outFile) {
        console.error('usage: node generate.mjs posts|hits ROWS OUT_FILE [SEED]');
        process.exit(2);
    }
    // Synchronous writes in ~1 MB pieces keep memory flat for the 1e7-row file.
    const fd = openSync(outFile, 'w');
    generate(kind, Number(rowsText), Number(seedText || 7), (text) => writeSync(fd, text));
    closeSync(fd);
}
