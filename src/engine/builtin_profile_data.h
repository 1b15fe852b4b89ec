// The built-in benchmark profiles as JSON text, for benchmark_profiles.cpp only.
//
// Contract:
// - The definitions are generated at build time from data/profiles/*.json by
//   cmake/embed_profiles.cmake, in the order CMakeLists.txt lists the files; the JSON files
//   stay the single source of every figure.
#pragma once

#include <cstddef>

namespace engage::builtin_profile_data {

struct Document {
    const char* file; // "article.json"
    const char* json;
};

extern const Document documents[];
extern const std::size_t document_count;

} // namespace engage::builtin_profile_data
