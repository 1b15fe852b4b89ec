// libFuzzer target over the import path: decoding, sniffing, scanning, number and date formats,
// KPIs and JSON, fed in two chunks cut where the input's first byte says, so chunk boundaries
// are fuzzed too. Built with ASan and UBSan by scripts/test.sh (about 60 s) and scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/analysis.h"
#include "engine/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = size == 0 ? 0 : static_cast<std::size_t>(data[0]) % (size + 1);

    engage::AnalysisOptions options;
    options.max_table_rows = 64;
    options.max_problems = 32;
    engage::Analyzer analyzer("fuzz", options);
    analyzer.feed(bytes.substr(0, cut));
    analyzer.feed(bytes.substr(cut));
    const engage::Analysis analysis = analyzer.finish();
    (void)engage::analysis_to_json(analysis, engage::Language::German);
    (void)engage::table_to_json(analysis.table);

    const engage::TableReading reading = engage::read_table(bytes);
    (void)engage::table_to_json(reading.table);
    return 0;
}
