// The engine as the browser benchmark (bench/web/) drives it: plain C exports over
// engage::Analyzer and CsvScanner, no UI and no Embind, so the harness times the engine alone.
// JS copies each slice of the file into a buffer here and feeds it, as a page reading
// File.slice pieces would; the whole file never has to be in the wasm heap.
#include <cstdlib>
#include <malloc.h>
#include <memory>
#include <string>

#include "engine/analysis.h"
#include "engine/csv_scanner.h"

namespace {

struct BenchRun {
    std::unique_ptr<engage::Analyzer> analyzer;
    std::string json;
};

} // namespace

extern "C" {

void* engage_bench_alloc(std::size_t size) { return std::malloc(size); }
void engage_bench_free(void* pointer) { std::free(pointer); }

// table_rows: how many rows the table view keeps (the app keeps 200,000; the CLI none).
BenchRun* engage_bench_open(std::size_t table_rows) {
    engage::AnalysisOptions options;
    options.max_table_rows = table_rows;
    auto* run = new BenchRun;
    run->analyzer = std::make_unique<engage::Analyzer>("bench.csv", options);
    return run;
}

void engage_bench_feed(BenchRun* run, const char* bytes, std::size_t size) {
    run->analyzer->feed({bytes, size});
}

// The report as `engage kpis` prints it (English); valid until engage_bench_close.
const char* engage_bench_finish(BenchRun* run) {
    const engage::Analysis analysis = run->analyzer->finish();
    run->json = engage::analysis_to_json(analysis, engage::Language::English);
    return run->json.c_str();
}

void engage_bench_close(BenchRun* run) { delete run; }

// The CSV scanner alone over bytes already in the heap: records seen, for "separator search".
long engage_bench_scan(const char* bytes, std::size_t size, char delimiter) {
    engage::CsvScanner scanner(delimiter);
    long fields = 0;
    auto sink = [&](const std::vector<std::string_view>& record, long, long) {
        fields += static_cast<long>(record.size());
    };
    scanner.feed({bytes, size}, sink);
    scanner.finish(sink);
    return fields;
}

// Bytes the allocator holds at most so far (dlmalloc's high-water mark).
std::size_t engage_bench_heap_peak() { return mallinfo().usmblks; }

} // extern "C"
