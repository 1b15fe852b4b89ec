// Native figures for the benchmark harness (scripts/bench.sh): the engine on one file, in
// memory, best of a few runs, as one JSON line:
//   scan_mb_s     the CSV scanner alone (separator search and record views)
//   kpis_mb_s     Analyzer fed 1 MiB slices, no table view (what `engage kpis` does)
//   table_mb_s    the same keeping the app's 200,000-row table view
// Usage: bench_engine FILE [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "engine/analysis.h"
#include "engine/csv_scanner.h"

namespace {

template <class Work> double best_seconds(int runs, Work&& work) {
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    return best;
}

std::string analyze_in_slices(const std::string& bytes, std::size_t table_rows) {
    engage::AnalysisOptions options;
    options.max_table_rows = table_rows;
    engage::Analyzer analyzer("bench.csv", options);
    constexpr std::size_t slice = 1 << 20;
    for (std::size_t at = 0; at < bytes.size(); at += slice)
        analyzer.feed(std::string_view(bytes).substr(at, slice));
    return engage::analysis_to_json(analyzer.finish(), engage::Language::English);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_engine FILE [RUNS]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const double megabytes = static_cast<double>(bytes.size()) / 1e6;

    long fields = 0;
    const double scan = best_seconds(runs, [&] {
        engage::CsvScanner scanner(';');
        fields = 0;
        auto sink = [&](const std::vector<std::string_view>& record, long, long) {
            fields += static_cast<long>(record.size());
        };
        scanner.feed(bytes, sink);
        scanner.finish(sink);
    });
    std::size_t json_size = 0;
    const double kpis = best_seconds(runs, [&] { json_size = analyze_in_slices(bytes, 0).size(); });
    const double table = best_seconds(runs, [&] { analyze_in_slices(bytes, 200000); });

    std::printf("{\"bytes\": %zu, \"fields\": %ld, \"report_bytes\": %zu, \"scan_mb_s\": %.1f, "
                "\"kpis_mb_s\": %.1f, \"table_mb_s\": %.1f}\n",
                bytes.size(), fields, json_size, megabytes / scan, megabytes / kpis,
                megabytes / table);
    return 0;
}
