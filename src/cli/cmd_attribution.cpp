#include <iostream>

#include "cli/commands.h"

namespace engage::cli {

// FIXME-CLI: placeholder until the attribution engine unit lands; it reports that it is missing.
int run_attribution(const Args&) {
    std::cerr << "engage: 'attribution' is not available in this build yet\n";
    return 2;
}

} // namespace engage::cli
