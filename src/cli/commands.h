// The commands of the `engage` CLI. Each lives in its own cmd_<name>.cpp and is a thin shell
// over the engine: read input, call the engine, print JSON.
//
// Contract for every command:
// - `args` are the words after the command name, without --lang: main.cpp reads it for all
//   commands and passes the `language` every message (errors, usage, problems) is printed in.
// - Exit codes: 0 when the input was read, 1 when it cannot be read (message on stderr),
//   2 on usage errors (usage on stderr).
// - JSON goes to stdout, pretty-printed with two spaces, UTF-8.
#pragma once

#include <string>
#include <vector>

#include "engine/localized.h"

namespace engage::cli {

using Args = std::vector<std::string>;

int run_kpis(const Args& args, Language language);
int run_table(const Args& args, Language language);
int run_classify(const Args& args, Language language);
int run_attribution(const Args& args, Language language);
int run_profiles(const Args& args, Language language);

} // namespace engage::cli
