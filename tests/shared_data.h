// Locating ../shared/data, the real third-party exports the tests read but never copy.
//
// Tests that need a file call shared_data_file("social/x.csv"); when the folder is absent
// (a clone without shared/), they SKIP with a message via the macro below.
#pragma once

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace engage::testing {

inline std::string shared_data_dir() {
    if (const char* dir = std::getenv("ENGAGE_SHARED_DATA"))
        return dir;
    return std::string(ENGAGE_SOURCE_DIR) + "/../shared/data";
}

inline std::optional<std::string> read_shared_file(const std::string& relative) {
    std::ifstream file(shared_data_dir() + "/" + relative, std::ios::binary);
    if (!file)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

} // namespace engage::testing

// Reads a shared data file into `var`, or ends the test case with a visible note when absent.
#define ENGAGE_REQUIRE_SHARED_FILE(var, relative)                                               \
    auto var##_opt = ::engage::testing::read_shared_file(relative);                             \
    if (!var##_opt) {                                                                           \
        WARN("skipped: " << relative << " not found under "                                    \
                         << ::engage::testing::shared_data_dir());                              \
        return;                                                                                 \
    }                                                                                           \
    const std::string& var = *var##_opt
