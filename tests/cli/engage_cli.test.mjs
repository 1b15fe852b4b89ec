// The `engage` CLI contract: JSON shapes, exit codes 0 / 1 / 2, stdin, and real exports.
// Runs the native build in build/native (scripts/test.sh builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const engage = path.join(root, 'build/native/engage');
const sharedData = process.env.ENGAGE_SHARED_DATA ?? path.join(root, '../shared/data');
const scratch = mkdtempSync(path.join(tmpdir(), 'engage-cli-'));

function run(args, input) {
  const result = spawnSync(engage, args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function kpi(report, id) {
  return report.kpis.find((k) => k.id === id);
}

test('kpis reads stdin and prints the three parts', () => {
  const { code, out } = run(['kpis', '--lang', 'de', '-'],
                            'Follower;Likes;Kommentare\n5.000;200;50\n');
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.deepEqual(Object.keys(report).filter((k) => k !== 'language'),
                   ['kpis', 'problems', 'input']);
  const er = kpi(report, 'engagement_rate');
  assert.equal(er.value, 5);
  assert.equal(er.rating, 'good');
  assert.equal(er.unit, '%');
  assert.equal(er.dimension, 'interaction');
  assert.equal(er.formula, '(200 + 50) / 5.000 × 100 = 5,0 %');
  for (const key of ['id', 'value', 'unit', 'rating', 'formula', 'dimension', 'reason'])
    assert.ok(key in er, key);
  assert.equal(report.input.encoding, 'UTF-8');
  assert.equal(report.input.delimiter, ';');
  assert.equal(report.input.decimal_separator, ',');
  assert.equal(report.input.row_count, 1);
  assert.deepEqual(report.input.columns.map((c) => c.role), ['followers', 'likes', 'comments']);
});

test('a KPI that is not defined still exits 0, with a reason and a null value', () => {
  const { code, out } = run(['kpis', '-'], 'Followers,Likes\n0,10\n');
  assert.equal(code, 0);
  const er = kpi(JSON.parse(out), 'engagement_rate');
  assert.equal(er.value, null);
  assert.match(er.reason, /^not defined/);
});

test('problems carry row, column and message', () => {
  const { out } = run(['kpis', '-'], 'Impressions,Clicks\n1000,10\nlots,5\n');
  const problem = JSON.parse(out).problems.find((p) => p.severity === 'warning');
  assert.equal(problem.row, 3);
  assert.equal(problem.column, 'Impressions');
  assert.match(problem.message, /"lots" is not a number/);
});

test('--role overrides a column role', () => {
  const { out } = run(['kpis', '--role', 'Fans=followers', '-'], 'Fans;Likes\n1000;50\n');
  assert.equal(kpi(JSON.parse(out), 'engagement_rate').value, 5);
});

test('input that is not a table exits 1 with a message on stderr', () => {
  const xlsx = path.join(scratch, 'book.xlsx');
  writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  const result = run(['kpis', xlsx]);
  assert.equal(result.code, 1);
  assert.match(result.err, /Excel/);
  assert.equal(result.out, '');
  assert.equal(run(['kpis', '-'], '').code, 1);
  assert.equal(run(['kpis', path.join(scratch, 'missing.csv')]).code, 1);
  assert.equal(run(['kpis', '--lang', 'de', xlsx]).err.includes('Speichern'), true);
});

test('usage errors exit 2', () => {
  assert.equal(run([]).code, 2);
  assert.equal(run(['kpis']).code, 2);
  assert.equal(run(['kpis', '--bogus', 'x.csv']).code, 2);
  assert.equal(run(['nonsense']).code, 2);
  assert.equal(run(['table']).code, 2);
  assert.equal(run(['--help']).code, 0);
});

test('table prints the cells as in the file, after unquoting', () => {
  const { code, out } = run(['table', '-'], 'a;b\n"x;y";"say ""hi"""\n');
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(out), [{ a: 'x;y', b: 'say "hi"' }]);
});

test('every real export in ../shared/data yields KPIs with exit code 0', (t) => {
  if (!existsSync(sharedData)) {
    t.skip(`shared data not found at ${sharedData}`);
    return;
  }
  const files = [];
  for (const dir of readdirSync(sharedData, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'csv-edge-cases') continue;
    for (const file of readdirSync(path.join(sharedData, dir.name)))
      files.push(path.join(sharedData, dir.name, file));
  }
  assert.ok(files.length >= 10);
  for (const file of files) {
    const { code, out, err } = run(['kpis', file]);
    assert.equal(code, 0, `${file}: ${err}`);
    const report = JSON.parse(out);
    assert.ok(Array.isArray(report.kpis), file);
    for (const k of report.kpis) {
      assert.ok(k.value === null || Number.isFinite(k.value), `${file} ${k.id}`);
      assert.ok(k.value !== null || k.reason, `${file} ${k.id} needs a reason`);
    }
  }
});

test('csv-spectrum files parse to their expected JSON', (t) => {
  const dir = path.join(sharedData, 'csv-edge-cases/csv-spectrum');
  if (!existsSync(dir)) {
    t.skip(`csv-spectrum not found at ${dir}`);
    return;
  }
  // location_coordinates' expected JSON in csv-spectrum 2.0.0 holds a different phone number
  // and is an object, not an array: the fixture itself disagrees with its CSV upstream.
  const upstreamMismatch = new Set(['location_coordinates']);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const name = file.replace(/\.csv$/, '');
    if (upstreamMismatch.has(name)) continue;
    const { code, out } = run(['table', path.join(dir, file)]);
    assert.equal(code, 0, file);
    const expected = JSON.parse(
      readFileSync(path.join(dir, 'expected-json', `${name}.json`), 'utf8'));
    assert.deepEqual(JSON.parse(out), expected, file);
  }
});

// ---- Benchmark profiles: engage profiles, engage kpis --benchmark NAME|FILE|auto -------------

test('profiles lists the built-in profiles, the article first, each with its sources', () => {
  const { code, out } = run(['profiles']);
  assert.equal(code, 0);
  const list = JSON.parse(out);
  assert.equal(list.default, 'article');
  const ids = list.profiles.map((p) => p.id);
  assert.equal(ids[0], 'article');
  assert.equal(ids.length, 21);
  for (const id of ['instagram_5k_20k', 'brands_tiktok', 'ctr_display', 'nps_bands',
                    'bounce_retail'])
    assert.ok(ids.includes(id), id);
  for (const p of list.profiles) assert.ok(p.sources.length > 0, p.id);
  const tier = list.profiles.find((p) => p.id === 'instagram_5k_20k');
  assert.deepEqual(tier.sources, ['HypeAuditor 2018']);
  const german = JSON.parse(run(['profiles', '--lang', 'de']).out);
  assert.match(german.profiles.find((p) => p.id === 'ctr_display').sources[0], /schwache Quelle/);
});

test('--benchmark NAME rates with a built-in profile and names it', () => {
  const { code, out } = run(['kpis', '--benchmark', 'instagram_5k_20k', '-'],
                            'Follower;Likes;Kommentare\n5.000;200;50\n');
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.equal(report.benchmark.id, 'instagram_5k_20k');
  const er = kpi(report, 'engagement_rate');
  assert.equal(er.rating, 'above_median');
  assert.equal(er.rating_source, 'HypeAuditor 2018');
  assert.match(er.rating_note, /per follower/);
});

test('by-reach rates are not rated against per-follower bands, and the note says so', () => {
  const { out } = run(['kpis', '--benchmark', 'instagram_1k_5k', '-'],
                      'Followers,Reach,Likes\n3000,900,150\n');
  const report = JSON.parse(out);
  assert.equal(kpi(report, 'engagement_rate').rating, 'typical');
  const byReach = kpi(report, 'engagement_rate_by_reach');
  assert.equal(byReach.rating, null);
  assert.match(byReach.rating_note, /ten times higher/);
});

test('--benchmark FILE reads an exported profile, edited by hand', () => {
  const exported = JSON.parse(run(['profiles', 'article']).out);
  assert.equal(exported.format, 'engagelens-benchmark-profile');
  exported.id = 'my_shop';
  exported.benchmarks[0].bands[0].upper = 6;
  exported.benchmarks[0].bands[1].lower = 6;
  const file = path.join(scratch, 'my_shop.json');
  writeFileSync(file, JSON.stringify(exported));
  const { code, out } = run(['kpis', '--benchmark', file, '-'], 'Followers,Likes\n5000,250\n');
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.equal(report.benchmark.id, 'my_shop');
  assert.equal(kpi(report, 'engagement_rate').rating, 'low');
});

test('regression: --benchmark with an unknown name or a bad file exits 1 (cannot be read)', () => {
  const unknown = run(['kpis', '--benchmark', 'instagram_huge', '-'],
                      'Followers,Likes\n5000,250\n');
  assert.equal(unknown.code, 1);
  assert.equal(unknown.out, '');
  assert.match(unknown.err, /unknown benchmark 'instagram_huge'/);
  assert.match(unknown.err, /article, instagram_0_1k, .*bounce_blog_landing/);

  const broken = path.join(scratch, 'broken.json');
  writeFileSync(broken, '{"id": "x",\n "name": ');
  const syntax = run(['kpis', '--lang', 'de', '--benchmark', broken, '-'],
                     'Followers,Likes\n1,1\n');
  assert.equal(syntax.code, 1);
  assert.match(syntax.err, /kein gültiges JSON.*Zeile 2/);

  const gap = path.join(scratch, 'gap.json');
  writeFileSync(gap, JSON.stringify({
    id: 'gap', name: 'Gap', sources: [{ id: 'me', name: 'Me', year: 2024 }],
    benchmarks: [{ kpi: 'engagement_rate', sources: ['me'], bands: [
      { id: 'low', label: 'low', lower: null, upper: 2 },
      { id: 'high', label: 'high', lower: 3, upper: null }] }],
  }));
  const bands = run(['kpis', '--benchmark', gap, '-'], 'Followers,Likes\n1,1\n');
  assert.equal(bands.code, 1);
  assert.match(bands.err, /without a gap/);

  assert.equal(run(['profiles', 'nope']).code, 1);
});

test('--benchmark auto suggests the follower tier and gives the reason', () => {
  const { code, out } = run(['kpis', '--benchmark', 'auto', '-'],
                            'Followers,Likes,Comments\n150000,2300,120\n152000,1900,80\n');
  assert.equal(code, 0);
  const report = JSON.parse(out);
  assert.equal(report.benchmark.id, 'instagram_100k_1m');
  assert.match(report.benchmark.reason, /151,000 followers over 2 rows/);
  assert.equal(kpi(report, 'engagement_rate').rating_source, 'HypeAuditor 2018');
});

test('without --benchmark the report keeps its three parts', () => {
  const report = JSON.parse(run(['kpis', '-'], 'Followers,Likes\n5000,250\n').out);
  assert.equal(report.benchmark, undefined);
  assert.equal(kpi(report, 'engagement_rate').rating, 'good');
});

test('--period adds every KPI per month and against its own history', () => {
  let text = 'Datum;Impressionen;Klicks\n';
  for (let month = 1; month <= 6; ++month)
    text += `15.0${month}.2024;1.000;${month === 6 ? 30 : 10}\n`;
  const { code, out } = run(['kpis', '--period', 'month', '-'], text);
  assert.equal(code, 0);
  const history = JSON.parse(out).history;
  assert.equal(history.period, 'month');
  assert.equal(history.periods.length, 6);
  assert.equal(history.periods[0].label, '2024-01');
  assert.equal(history.trends.click_through_rate.change_vs_previous, 200);
  assert.equal(run(['kpis', '--period', 'year', '-'], text).code, 2);
});

test('regression: unknown --lang and --role values are usage errors', () => {
  assert.equal(run(['kpis', '--lang', 'fr', '-'], 'a;b\n1;2\n').code, 2);
  const typo = run(['kpis', '--role', 'Likes=bogus', '-'], 'Likes;Follower\n1;2\n');
  assert.equal(typo.code, 2);
  assert.match(typo.err, /unknown role 'bogus'; roles are: none, label, followers/);
});

test('--nps-0-10 accepts answers without a 0 as a 0-10 survey', () => {
  const answers = 'Empfehlung\n1\n2\n5\n4\n3\n';
  const refused = kpi(JSON.parse(run(['kpis', '-'], answers).out), 'nps');
  assert.equal(refused.value, null);
  const stated = kpi(JSON.parse(run(['kpis', '--nps-0-10', '-'], answers).out), 'nps');
  assert.equal(stated.value, -100);
});

test('every CLI message follows --lang de: usage, options, unreadable files', () => {
  const table = 'a;b\n1;2\n';
  const german = [
    [['--lang', 'de'], /^Aufruf:/m],
    [['--lang', 'de', 'nonsense'], /unbekannter Befehl „nonsense“/],
    [['kpis', '--lang', 'de'], /keine DATEI angegeben/],
    [['kpis', '--lang', 'de', '--bogus', 'x.csv'], /unbekannte Option „--bogus“/],
    [['kpis', '--lang', 'de', '--table', '0', '-'], /--table erwartet die Nummer der Tabelle/],
    [['kpis', '--lang', 'de', '--period', 'year', '-'], /--period erwartet day, week oder month/],
    [['kpis', '--lang', 'de', '--role', 'a=bogus', '-'], /unbekannte Rolle „bogus“/],
    [['--lang', 'de', 'table'], /Aufruf: engage table DATEI\|-/],
    [['--lang', 'de', 'attribution', 'a', 'b'], /Aufruf: engage attribution DATEI\|-/],
    [['classify', '--lang', 'de'], /keine Texte zum Einordnen/],
  ];
  for (const [args, message] of german) {
    const result = run(args, table);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, message, args.join(' '));
    assert.doesNotMatch(result.err, /usage|unknown/, `${args.join(' ')}: English left`);
  }

  const missing = path.join(scratch, 'fehlt.csv');
  for (const command of ['kpis', 'table', 'attribution']) {
    const result = run(['--lang', 'de', command, missing]);
    assert.equal(result.code, 1);
    assert.match(result.err, /kann „.*fehlt\.csv“ nicht öffnen: diese Datei gibt es nicht/);
  }
  const folder = run(['kpis', '--lang', 'de', scratch]);
  assert.equal(folder.code, 1);
  assert.match(folder.err, /das ist ein Ordner, keine Datei/);
  assert.match(run(['kpis', scratch]).err, /it is a folder, not a file/);
  assert.match(run(['kpis', missing]).err, /cannot open '.*fehlt\.csv': there is no such file/);
  assert.match(run(['--lang', 'fr', 'kpis', '-'], table).err, /--lang erwartet en oder de/);

  const profile = run(['profiles', '--lang', 'de', 'nope']);
  assert.equal(profile.code, 1);
  assert.match(profile.err, /unbekanntes Profil „nope“/);

  const rows = run(['--lang', 'de', 'table', '-'], 'a;b;c\n1\n');
  assert.equal(rows.code, 0);
  assert.match(rows.err, /^engage: Zeile 2: Diese Zeile hat 1 Zelle/m);
});

test('regression: a bad or blank count leaves its row out of the KPI, with the row named', () => {
  const bad = JSON.parse(run(['kpis', '-'],
                             'Follower;Likes;Kommentare\n5000;240;10\n6000;abc;0\n').out);
  const er = kpi(bad, 'engagement_rate');
  assert.equal(er.value, 5);
  assert.equal(er.formula, '(240 + 10) / 5,000 × 100 = 5.0 %');
  assert.equal(bad.input.skipped_rows, 1);
  assert.ok(bad.problems.some((p) => p.row === 3 && p.column === 'Likes' &&
                              /left out of Engagement rate \(by followers\)/.test(p.message)));

  const blank = JSON.parse(run(['kpis', '-'],
                               'Date,Likes,Comments,Followers\n2024-01-01,50,5,1000\n' +
                               '2024-01-02,,2,1000\n').out);
  assert.equal(kpi(blank, 'engagement_rate').value, 5.5);
  assert.equal(blank.input.skipped_rows, 1);
  const problem = blank.problems.find((p) => p.column === 'Likes');
  assert.equal(problem.row, 3);
  assert.match(problem.message, /^1 row has no number in column "Likes" \(row 3\)/);
});

test('regression: blank cells in the UCI sessions are named, count and first rows', (t) => {
  const file = path.join(sharedData, 'web-analytics/uci-online-shoppers-intention-sessions.csv');
  if (!existsSync(file)) return t.skip('no shared data');
  const report = JSON.parse(run(['kpis', '--lang', 'de', file]).out);
  const problem = report.problems.find((p) => p.column === 'BounceRates' && p.row === 1067);
  assert.match(problem.message,
               /^14 Zeilen haben keine Zahl in der Spalte „BounceRates“ \(Zeilen 1067, /);
  assert.match(kpi(report, 'bounce_rate').formula, /12\.316 Zeilen/);
  assert.equal(report.input.skipped_rows, 14);
});

test('regression: an empty date with figures that are not the sums is a normal row', () => {
  const report = JSON.parse(run(['kpis', '-'],
                                'Datum;Impressionen;Klicks\n01.02.2024;100;5\n' +
                                '02.02.2024;200;10\n;50;1\n').out);
  assert.equal(kpi(report, 'impressions').value, 350);
  assert.equal(report.input.totals_rows, 0);
  assert.ok(report.problems.some((p) => p.row === 4 && p.column === 'Datum' &&
                                 /no date/.test(p.message)));
  assert.ok(!report.problems.some((p) => /totals row/.test(p.message)));
});

test('regression: a date column of mixed formats is named in a problem', () => {
  const report = JSON.parse(run(['kpis', '--lang', 'de', '-'],
                                'Datum;Impressionen;Klicks\n01.02.2024;100;5\n' +
                                '2024-02-03;200;10\n3/2/2024;50;1\n1706918400;10;1\n' +
                                'Feb 5, 2024;10;1\n').out);
  const problem = report.problems.find((p) => p.column === 'Datum');
  assert.match(problem.message, /kein gemeinsames Datumsformat: 3 Zellen passen nicht/);
  assert.match(problem.message, /„01\.02\.2024“, „3\/2\/2024“, „Feb 5, 2024“/);
});

test('regression: a blank line inside a table: kpis and table agree on the rows', () => {
  const csv = 'Date,Likes,Comments,Followers\n2024-01-01,10,1,1000\n2024-01-02,20,2,1000\n\n' +
    '2024-01-04,30,3,1000\n';
  const kpis = run(['kpis', '-'], csv);
  assert.equal(kpis.code, 0);
  const report = JSON.parse(kpis.out);
  assert.equal(report.input.row_count, 3);
  assert.deepEqual(report.problems.map((p) => [p.row, p.severity, p.message]),
    [[4, 'info', 'Row 4 is empty; the table continues after it.']]);
  const table = run(['table', '-'], csv);
  assert.equal(JSON.parse(table.out).length, 3);
});

test('regression: an undoubled quote and mixed separators are reported', () => {
  const quote = JSON.parse(run(['kpis', '-'], 'Follower,Likes,Text\n1000,10,"he said "hi" ok').out);
  assert.ok(quote.problems.some((p) => p.row === 2 && p.column === 'Text' &&
    p.message.includes('not doubled')));
  const mixed = JSON.parse(run(['kpis', '-'], 'Follower;Likes,Kommentare\n1000;10,1\n').out);
  assert.ok(mixed.problems.some((p) => p.column === 'Likes,Kommentare' &&
    p.message.includes('may mix separators')));
});

test('regression: -- ends the options, so a FILE may start with a dash', () => {
  const dashed = path.join(scratch, '-x.csv');
  writeFileSync(dashed, 'Followers,Likes,Comments\n5000,200,50\n');
  const options = { cwd: scratch, encoding: 'utf8' };
  const kpis = spawnSync(engage, ['kpis', '--lang', 'de', '--', '-x.csv'], options);
  assert.equal(kpis.status, 0, kpis.stderr);
  assert.equal(kpi(JSON.parse(kpis.stdout), 'engagement_rate').value, 5);
  const table = spawnSync(engage, ['table', '--', '-x.csv'], options);
  assert.equal(table.status, 0, table.stderr);
  assert.equal(JSON.parse(table.stdout)[0].Likes, '200');
  assert.equal(run(['kpis', '-x.csv']).code, 2, 'before -- it is still an unknown option');
  const two = run(['kpis', '--', '-x.csv', 'y.csv']);
  assert.equal(two.code, 2);
  assert.match(two.err, /only one FILE/);
});

test('regression: classify refuses a text without letters, in the chosen language', () => {
  for (const text of ['', '🙂', '123 !!']) {
    const english = run(['classify', '--', text]);
    assert.equal(english.code, 1, JSON.stringify(text));
    assert.equal(english.out, '');
    assert.match(english.err, /has no letters, so there is nothing to classify/);
  }
  const german = run(['--lang', 'de', 'classify', '🙂']);
  assert.equal(german.code, 1);
  assert.match(german.err, /„🙂“ enthält keine Buchstaben/);
  const lines = run(['classify', '--file', '-'], 'Eine Kundin schreibt eine Rezension\n🙂\n');
  assert.equal(lines.code, 1);
  assert.match(lines.err, /text 2 has no letters/);
  const words = run(['classify', 'Größe Ärger', 'Μια πελάτισσα γράφει κριτική']);
  assert.equal(words.code, 0, words.err);
  assert.equal(JSON.parse(words.out).length, 2);
});

test('regression: attribution prints whole conversions as a count; usage names --model', () => {
  const result = run(['attribution', '-'],
                     'path;total_conversions;total_null\nsearch > email;3;1\nsocial;1;2\n');
  assert.equal(result.code, 0, result.err);
  assert.match(result.out, /"conversions": 4\n/);
  assert.equal(JSON.parse(result.out).conversions, 4);
  assert.match(run([]).err, /engage classify \[--model MODEL\.json\] TEXT\.\.\./);
  assert.match(run(['--lang', 'de']).err, /engage classify \[--model MODELL\.json\]/);
});
