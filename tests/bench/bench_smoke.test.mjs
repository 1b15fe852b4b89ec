// Smoke run of the benchmark harness (bench/web/run.mjs --smoke): 1e3 rows through every
// contender in headless Chromium and natively; passes when the harness runs and all contenders
// compute the same KPIs. No timing is checked: CI must not depend on the machine's speed.
// Needs the builds scripts/bench.sh makes (it skips with a message when they are missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const needed = ['build/bench-wasm/simd/engage_bench.mjs',
    'build/bench-wasm/scalar/engage_bench.mjs', 'build/native/bench_engine',
    'build/native/engage', 'node_modules/@duckdb/duckdb-wasm'];
const missing = needed.filter((path) => !existsSync(join(root, path)));

test('the benchmark harness runs and every contender agrees on 1e3 rows', {
    skip: missing.length > 0 && `missing ${missing.join(', ')}: run scripts/bench.sh --smoke once`,
    timeout: 180000,
}, () => {
    const out = join(root, 'build', 'bench', 'smoke.json');
    const harness = join(root, 'bench', 'web', 'run.mjs');
    execFileSync(process.execPath, [harness, '--smoke', `--out=${out}`],
        { cwd: root, stdio: 'pipe' });
    const results = JSON.parse(readFileSync(out, 'utf8'));
    const size = results.sizes['1e3'];
    assert.equal(results.results_agree, true, JSON.stringify(size.disagreements));
    for (const name of ['engine_simd', 'engine_scalar', 'engine_table_view', 'papaparse', 'udsv',
        'd3', 'duckdb']) {
        assert.ok(size.contenders[name].result, `${name}: ${size.contenders[name].error}`);
        assert.equal(size.contenders[name].result.rows, 1000, name);
    }
    assert.equal(size.contenders.engine_simd.result.problems, 0);
    assert.ok(size.native.fields === 11 * 1001, 'native scanner saw every field');
    assert.deepEqual(results.requests_to_other_origins, []);
});
