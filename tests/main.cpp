// The Catch2 runner for every tests/test_<unit>.cpp, native and as wasm under Node.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
