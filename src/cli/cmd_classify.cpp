#include <iostream>

#include "cli/commands.h"

namespace engage::cli {

// FIXME-CLI: placeholder until the classify engine unit lands; it reports that it is missing.
int run_classify(const Args&) {
    std::cerr << "engage: 'classify' is not available in this build yet\n";
    return 2;
}

} // namespace engage::cli
